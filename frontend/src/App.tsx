import { QueryCache, QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createBrowserRouter, RouterProvider } from "react-router";
import { LoginsPage } from "./accounts/LoginsPage";
import { SetPasswordPage } from "./accounts/SetPasswordPage";
import { ApiError } from "./api/problem";
import { AuditPage } from "./audit/AuditPage";
import { CallbackPage } from "./auth/CallbackPage";
import { LoginPage } from "./auth/LoginPage";
import { RequireRole } from "./auth/RequireRole";
import { DashboardPage } from "./dashboard/DashboardPage";
import { EvaluationsPage } from "./evaluations/EvaluationsPage";
import { GrievanceDetailPage } from "./grievances/GrievanceDetailPage";
import { GrievancesPage } from "./grievances/GrievancesPage";
import { InboxPage } from "./inbox/InboxPage";
import { MatchingPage } from "./matching/MatchingPage";
import { MentorProfilePage } from "./me/MentorProfilePage";
import { MyPairingPage } from "./me/MyPairingPage";
import { NotificationsPage } from "./notifications/NotificationsPage";
import { PairingDetailPage } from "./pairings/PairingDetailPage";
import { PairingsListPage } from "./pairings/PairingsListPage";
import { PeopleListPage } from "./people/PeopleListPage";
import { PersonPage } from "./people/PersonPage";
import { ImpactPage } from "./reports/ImpactPage";
import { ReportsPage } from "./reports/ReportsPage";
import { NewRequestPage } from "./requests/NewRequestPage";
import { RequestDetailPage } from "./requests/RequestDetailPage";
import { RequestsListPage } from "./requests/RequestsListPage";
import { ReviewsPage } from "./reviews/ReviewsPage";
import { SettingsPage } from "./settings/SettingsPage";
import { Home, Layout, NotFound } from "./ui/Layout";

export function makeQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache(),
    defaultOptions: {
      queries: {
        staleTime: 15_000,
        refetchOnWindowFocus: false,
        // 4xx answers will not change by asking again.
        retry: (count, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
      },
    },
  });
}

const HR = ["hr_admin"] as const;
const STAFF = ["hr_admin", "team_leader"] as const;
const only = (roles: readonly ("hr_admin" | "team_leader" | "employee")[], element: React.ReactNode) => (
  <RequireRole roles={[...roles]}>{element}</RequireRole>
);

export const router = createBrowserRouter([
  { path: "/login", element: <LoginPage /> },
  { path: "/auth/callback", element: <CallbackPage /> },
  // Public: an invitation's one-time link (its token is in the fragment).
  { path: "/set-password", element: <SetPasswordPage /> },
  {
    element: <Layout />,
    children: [
      { index: true, element: <Home /> },
      { path: "inbox", element: <InboxPage /> },
      { path: "dashboard", element: only(HR, <DashboardPage />) },
      { path: "reports", element: only(HR, <ReportsPage />) },
      { path: "impact", element: only(HR, <ImpactPage />) },
      { path: "people", element: only(HR, <PeopleListPage />) },
      { path: "team", element: only(["team_leader"], <PeopleListPage mine />) },
      { path: "people/:id", element: only(STAFF, <PersonPage />) },
      { path: "requests", element: only(STAFF, <RequestsListPage />) },
      { path: "requests/new", element: only(STAFF, <NewRequestPage />) },
      { path: "requests/:id", element: only(STAFF, <RequestDetailPage />) },
      { path: "matching", element: only(STAFF, <MatchingPage />) },
      { path: "pairings", element: only(STAFF, <PairingsListPage />) },
      { path: "pairings/:id", element: <PairingDetailPage /> },
      { path: "reviews", element: only(HR, <ReviewsPage />) },
      { path: "evaluations", element: only(HR, <EvaluationsPage />) },
      { path: "grievances", element: only(HR, <GrievancesPage />) },
      { path: "grievances/:id", element: <GrievanceDetailPage /> },
      { path: "settings", element: only(HR, <SettingsPage />) },
      { path: "audit", element: only(HR, <AuditPage />) },
      { path: "logins", element: only(HR, <LoginsPage />) },
      { path: "mentor-profile", element: only(["team_leader", "employee"], <MentorProfilePage />) },
      { path: "notifications", element: <NotificationsPage /> },
      { path: "me", element: only(["employee"], <MyPairingPage />) },
      { path: "*", element: <NotFound /> },
    ],
  },
]);

const queryClient = makeQueryClient();

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
