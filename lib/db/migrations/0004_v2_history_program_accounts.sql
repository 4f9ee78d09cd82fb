CREATE TABLE "check_in_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"date" date NOT NULL,
	"version" smallint NOT NULL,
	"data" jsonb NOT NULL,
	"changed_by" text,
	"changed_by_role" text,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "check_in_versions_version_check" CHECK ("check_in_versions"."version" >= 1)
);
--> statement-breakpoint
ALTER TABLE "notes" ADD COLUMN "visibility" text DEFAULT 'file' NOT NULL;--> statement-breakpoint
ALTER TABLE "plans" ADD COLUMN "discharged_on" date;--> statement-breakpoint
ALTER TABLE "check_in_versions" ADD CONSTRAINT "check_in_versions_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "check_in_versions" ADD CONSTRAINT "check_in_versions_changed_by_user_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "check_in_versions_plan_date_version_unique" ON "check_in_versions" USING btree ("plan_id","date","version");--> statement-breakpoint
ALTER TABLE "notes" ADD CONSTRAINT "notes_visibility_check" CHECK ("notes"."visibility" in ('patient', 'file'));