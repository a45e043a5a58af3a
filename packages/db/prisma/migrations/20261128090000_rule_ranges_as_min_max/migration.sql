-- Ranges the seeds give ("7-13人", "8-10名", "2—3个", "4—5名", "两至三年") are stored as {"min":..,"max":..}.
-- Earlier values were a two-number array (presidium.size_range) or one number; one number n becomes {min:n,max:n}.
-- The staff-representatives rule loses its "_min" suffix now that it holds both ends.
UPDATE "CountyRuleValue" SET "key" = 'appraisal.onsite_staff_reps' WHERE "key" = 'appraisal.onsite_staff_reps_min';
UPDATE "TenantRuleValue" SET "key" = 'appraisal.onsite_staff_reps' WHERE "key" = 'appraisal.onsite_staff_reps_min';

UPDATE "CountyRuleValue" SET "value" = jsonb_build_object('min', "value"->0, 'max', "value"->1)
  WHERE "key" IN ('presidium.size_range', 'appraisal.onsite_staff_reps', 'supervision.key_topics_per_year', 'county.sc_member_deputy_visits_per_quarter', 'deputy.report_full_coverage_years')
    AND jsonb_typeof("value") = 'array';
UPDATE "TenantRuleValue" SET "value" = jsonb_build_object('min', "value"->0, 'max', "value"->1)
  WHERE "key" IN ('presidium.size_range', 'appraisal.onsite_staff_reps', 'supervision.key_topics_per_year', 'county.sc_member_deputy_visits_per_quarter', 'deputy.report_full_coverage_years')
    AND jsonb_typeof("value") = 'array';
UPDATE "CountyRuleValue" SET "value" = jsonb_build_object('min', "value", 'max', "value")
  WHERE "key" IN ('appraisal.onsite_staff_reps', 'supervision.key_topics_per_year', 'county.sc_member_deputy_visits_per_quarter', 'deputy.report_full_coverage_years')
    AND jsonb_typeof("value") = 'number';
UPDATE "TenantRuleValue" SET "value" = jsonb_build_object('min', "value", 'max', "value")
  WHERE "key" IN ('appraisal.onsite_staff_reps', 'supervision.key_topics_per_year', 'county.sc_member_deputy_visits_per_quarter', 'deputy.report_full_coverage_years')
    AND jsonb_typeof("value") = 'number';
