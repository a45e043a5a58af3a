// Auth (Keycloak)
export { AuthProvider } from './auth/AuthProvider';
export { useAuth, type Auth } from './auth/AuthContext';
export { SessionGate } from './auth/SessionGate';
export { AuthServerUnreachableError, type AuthConfig } from './auth/keycloakSession';
export { claimsFrom, type UserClaims } from './auth/claims';

// i18n
export { i18n, currentLanguage, setLanguage, registerTexts, loadLanguage } from './i18n/i18n';
export { LANGUAGES, DEFAULT_LANGUAGE, isLanguage, pickText, type Language } from './i18n/languages';
export { useLanguage } from './i18n/useLanguage';
export { LanguageSwitch } from './i18n/LanguageSwitch';
export { TextsProvider } from './i18n/TextsProvider';
export { AntdProvider } from './i18n/AntdProvider';

// The county's clock
export { CountyTimeZoneProvider, countyToday, useCountyTimeZone, useCountyToday, useFormatInstant } from './time/countyClock';

// Layout
export { AppShell, type AppShellProps, type ShellMenuItem, type ShellTenant } from './shell/AppShell';
export { lazyPage, PageLoading, PageSuspense } from './shell/lazyPage';
export { Spinner } from './shell/Spinner';
export { DeskCard, DeskStat } from './shell/DeskCard';
export { routeHref } from './shell/menuLinks';
export { isNarrowScreen, useNarrowScreen } from './shell/useNarrowScreen';
export { AntdScope, WhileLoading } from './shell/AntdScope';

// The phone kit: antd-free screens for grid workers and deputies (decision 78)
export { PhoneShell, type PhoneShellProps } from './phone/PhoneShell';
export { PhonePage } from './phone/PhonePage';
export { PhoneStyles } from './phone/PhoneStyles';
export { PhoneCard, type PhoneCardProps } from './phone/PhoneCard';
export { PhoneButton, type PhoneButtonProps } from './phone/PhoneButton';
export { PhoneTag, type PhoneTagColor } from './phone/PhoneTag';
export { PhoneNotice, PhoneError } from './phone/PhoneNotice';
export { PhoneList, PhoneListItem } from './phone/PhoneList';
export { PhoneField, PhoneInput, PhoneTextArea, PhoneSelect, PhoneCheckbox } from './phone/PhoneForm';
export { PhoneSheet, type PhoneSheetProps } from './phone/PhoneSheet';
export { PhoneTabs } from './phone/PhoneTabs';
export { phoneToast } from './phone/PhoneToast';

// Lists
export { DataTable, type DataTableProps } from './table/DataTable';
export type { DataColumn } from './table/columnMeta';
export { DEFAULT_TABLE_QUERY, applyLocalQuery, type TableQuery, type LocalQueryOptions } from './table/query';
export { useLocalList, type LocalListOptions } from './table/useLocalList';
export { buildSheet, downloadWorkbook, downloadXlsx, readXlsx, type NamedSheet, type Sheet } from './table/excel';
export { fetchAllPages } from './table/fetchAllPages';
export { RowActions, rowActionsColumn, useRowActionsColumn, type RowAction } from './table/rowActions';
export { ListPage, PageHeader, type ListPageProps, type ListTableState, type PageHeaderProps } from './page/ListPage';

// Errors and forms
export { ErrorAlert, type ErrorAlertProps } from './errors/ErrorAlert';
export { describeError, fieldErrorsFrom, type ErrorInfo } from './errors/apiError';
export { FormField, type FormFieldProps } from './forms/FormField';
export { applyServerErrors } from './forms/applyServerErrors';
export { DayPicker, type DayPickerProps } from './forms/DayPicker';
export { zodErrorMap } from './forms/zodErrorMap';
export { FormDrawer, useDrawerForm, type DrawerFormOptions, type FormDrawerProps, type Versioned } from './forms/FormDrawer';

// Excel import
export { ExcelImport, type ExcelImportProps, type ImportCommitResult, type ImportIssue, type ImportReport, type ImportRowReport, type ImportTexts } from './import/ExcelImport';

// Charts
export { BarChartCard, type BarChartCardProps, type BarSeries } from './charts/BarChartCard';
export { LineChartCard, type LineChartCardProps } from './charts/LineChartCard';

// Indicators (dashboards)
export { PeriodPicker, currentQuarter, type PeriodPickerProps, type PickedPeriod } from './indicators/PeriodPicker';
export { RecordDrawer, type RecordDrawerProps, type RecordCursor, type RecordPage, type RecordSide } from './indicators/RecordDrawer';
export { formatChange, formatIndicatorValue } from './indicators/format';

// Rules
export { RuleTable, type RuleTableProps } from './rules/RuleTable';
export { formatRuleValue, type RuleRow } from './rules/formatRuleValue';
export { RuleValueModal, type RuleValueModalProps } from './rules/RuleValueModal';

// Users and roles
export { MembershipsEditor, useRoleName, type MembershipsEditorProps, type MembershipField, type NamedOption } from './users/MembershipsEditor';
export { OneTimePasswordModal, type OneTimePasswordModalProps, type OneTimeSecret } from './users/OneTimePasswordModal';
export { MembershipTags, membershipText, type MembershipLabel } from './users/MembershipTags';
export { UserFormDrawer, type EditableUser, type UserFormActions, type UserFormDrawerProps } from './users/UserFormDrawer';
export { SyncStatusTag, type SyncStatus, type SyncStatusTagProps } from './users/SyncStatusTag';
export { useUserColumns, type UserListRow } from './users/userColumns';
