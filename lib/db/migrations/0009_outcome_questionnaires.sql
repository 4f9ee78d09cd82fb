CREATE TABLE "questionnaire_assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"questionnaire_id" uuid NOT NULL,
	"assigned_by" text,
	"schedule" jsonb NOT NULL,
	"gate_phase" smallint,
	"gate_score" double precision,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "questionnaire_assignments_gate_check" CHECK (("questionnaire_assignments"."gate_phase" is null and "questionnaire_assignments"."gate_score" is null) or ("questionnaire_assignments"."gate_phase" between 2 and 4 and "questionnaire_assignments"."gate_score" is not null))
);
--> statement-breakpoint
CREATE TABLE "questionnaire_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"questionnaire_id" uuid NOT NULL,
	"resource" jsonb NOT NULL,
	"answered_on" date NOT NULL,
	"authored_at" timestamp with time zone DEFAULT now() NOT NULL,
	"total" double precision,
	"subscales" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"completeness" double precision NOT NULL,
	CONSTRAINT "questionnaire_responses_completeness_check" CHECK ("questionnaire_responses"."completeness" between 0 and 1)
);
--> statement-breakpoint
CREATE TABLE "questionnaires" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_id" text,
	"shipped_key" text,
	"title" text NOT NULL,
	"resource" jsonb NOT NULL,
	"scoring" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "questionnaires_shipped_key_unique" UNIQUE("shipped_key")
);
--> statement-breakpoint
ALTER TABLE "questionnaire_assignments" ADD CONSTRAINT "questionnaire_assignments_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questionnaire_assignments" ADD CONSTRAINT "questionnaire_assignments_questionnaire_id_questionnaires_id_fk" FOREIGN KEY ("questionnaire_id") REFERENCES "public"."questionnaires"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questionnaire_assignments" ADD CONSTRAINT "questionnaire_assignments_assigned_by_user_id_fk" FOREIGN KEY ("assigned_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questionnaire_responses" ADD CONSTRAINT "questionnaire_responses_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questionnaire_responses" ADD CONSTRAINT "questionnaire_responses_questionnaire_id_questionnaires_id_fk" FOREIGN KEY ("questionnaire_id") REFERENCES "public"."questionnaires"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questionnaires" ADD CONSTRAINT "questionnaires_owner_id_user_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "questionnaire_assignments_plan_questionnaire_unique" ON "questionnaire_assignments" USING btree ("plan_id","questionnaire_id");--> statement-breakpoint
CREATE INDEX "questionnaire_responses_plan_idx" ON "questionnaire_responses" USING btree ("plan_id","questionnaire_id","authored_at");--> statement-breakpoint
CREATE INDEX "questionnaires_owner_idx" ON "questionnaires" USING btree ("owner_id");