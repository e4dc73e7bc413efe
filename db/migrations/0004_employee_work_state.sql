ALTER TABLE "employees" ADD COLUMN "work_state" text;--> statement-breakpoint
ALTER TABLE "employees" ADD COLUMN "work_until" date;