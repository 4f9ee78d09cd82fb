ALTER TABLE "invites" ADD COLUMN "patient_name" text;--> statement-breakpoint
ALTER TABLE "invites" ADD COLUMN "email_to" text;--> statement-breakpoint
ALTER TABLE "invites" ADD COLUMN "email_locale" text;--> statement-breakpoint
ALTER TABLE "invites" ADD COLUMN "emailed_at" timestamp with time zone;