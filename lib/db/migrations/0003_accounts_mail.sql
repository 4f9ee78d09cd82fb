CREATE TABLE "mail_opt_outs" (
	"user_id" text NOT NULL,
	"category" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "physio_profiles" (
	"user_id" text PRIMARY KEY NOT NULL,
	"big_number" text NOT NULL,
	"practice" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "physio_profiles_status_check" CHECK ("physio_profiles"."status" in ('pending', 'approved', 'revoked')),
	CONSTRAINT "physio_profiles_big_check" CHECK ("physio_profiles"."big_number" ~ '^[0-9]{11}$')
);
--> statement-breakpoint
ALTER TABLE "mail_opt_outs" ADD CONSTRAINT "mail_opt_outs_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "physio_profiles" ADD CONSTRAINT "physio_profiles_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "mail_opt_outs_user_category_unique" ON "mail_opt_outs" USING btree ("user_id","category");