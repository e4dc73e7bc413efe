DROP INDEX "notifications_duty_idx";--> statement-breakpoint
CREATE INDEX "notifications_duty_idx" ON "notifications" USING btree ("company_id","duty_id") WHERE duty_id is not null;