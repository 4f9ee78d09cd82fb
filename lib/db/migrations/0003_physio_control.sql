ALTER TABLE "notes" ADD COLUMN "visibility" text DEFAULT 'file' NOT NULL;--> statement-breakpoint
ALTER TABLE "plans" ADD COLUMN "discharged_on" date;--> statement-breakpoint
ALTER TABLE "notes" ADD CONSTRAINT "notes_visibility_check" CHECK ("notes"."visibility" in ('patient', 'file'));