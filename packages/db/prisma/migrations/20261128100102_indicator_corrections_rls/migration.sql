-- Corrections of a township's figures are township data: the same four tenant policies as every
-- tenant table. The frozen rankings span townships and belong to the county (platform tables,
-- read through the county's procedures only, like the county's rule values).
SELECT app_enable_tenant_rls('"IndicatorCorrection"');
