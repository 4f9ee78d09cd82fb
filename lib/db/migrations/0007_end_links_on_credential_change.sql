ALTER TABLE "user" ADD COLUMN "credentials_changed_at" timestamp with time zone;--> statement-breakpoint
-- Every change of password or address, by whatever path, ends the account's open reset links and
-- dates its change, so address links (signed tokens, not rows) made before it are refused too.
CREATE FUNCTION end_auth_links_on_password_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "user" SET credentials_changed_at = clock_timestamp() WHERE id = NEW.user_id;
  DELETE FROM verification WHERE value = NEW.user_id AND identifier LIKE 'reset-password:%';
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER account_password_changed AFTER UPDATE OF password ON account FOR EACH ROW
  WHEN (OLD.password IS DISTINCT FROM NEW.password) EXECUTE FUNCTION end_auth_links_on_password_change();
--> statement-breakpoint
CREATE FUNCTION end_auth_links_on_email_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.credentials_changed_at := clock_timestamp();
  DELETE FROM verification WHERE value = NEW.id AND identifier LIKE 'reset-password:%';
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER user_email_changed BEFORE UPDATE OF email ON "user" FOR EACH ROW
  WHEN (OLD.email IS DISTINCT FROM NEW.email) EXECUTE FUNCTION end_auth_links_on_email_change();
