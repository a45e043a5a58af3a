import { Route, Routes } from 'react-router-dom';
import { DeputyDetailPage } from './DeputyDetailPage';
import { ImportPage } from './ImportPage';
import { InvitePage } from './InvitePage';
import { RosterPage } from './RosterPage';

/** /deputies: the roster, the import, the invitations to sign in, one deputy. */
export function DeputiesSection() {
  return (
    <Routes>
      <Route index element={<RosterPage />} />
      <Route path="import" element={<ImportPage />} />
      <Route path="invite" element={<InvitePage />} />
      <Route path=":id" element={<DeputyDetailPage />} />
    </Routes>
  );
}
