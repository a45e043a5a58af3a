import { Suspense } from 'react';
import { Route, Routes } from 'react-router-dom';
import { Flex, Spin } from 'antd';
import type { VoterScope } from './api';
import { lazyPage } from '@pcs/ui';
import { MyBallots } from './MyBallots';

const MyBallotPage = lazyPage(() => import('./MyBallotPage'), 'default');

/**
 * 我的测评 (`/my-ballots/*`): a user listed as a member of an evaluation's group votes here, phone
 * first: any township user in the township app, a county department's user in the admin app.
 */
export function MyBallotsSection({ scope = 'township' }: { scope?: VoterScope }) {
  return (
    <Suspense fallback={<Spin />}>
      <Routes>
        <Route
          index
          element={
            <Flex vertical gap={12} style={{ maxWidth: 560, margin: '0 auto', paddingTop: 44 }}>
              <MyBallots scope={scope} showEmpty />
            </Flex>
          }
        />
        <Route path=":id" element={<MyBallotPage scope={scope} />} />
      </Routes>
    </Suspense>
  );
}
