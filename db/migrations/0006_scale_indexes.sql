CREATE INDEX "employees_work_until_idx" ON "employees" USING btree ("work_until") WHERE archived_at is null and work_until is not null;--> statement-breakpoint
CREATE INDEX "duties_company_due_id_idx" ON "duties" USING btree ("company_id","due_date","id");--> statement-breakpoint
CREATE INDEX "notifications_sending_idx" ON "notifications" USING btree ("send_on") WHERE status = 'sending';--> statement-breakpoint
CREATE INDEX "notifications_failed_idx" ON "notifications" USING btree ("company_id","send_on" DESC NULLS LAST,"id") WHERE status = 'failed';