import { useQueryClient } from "@tanstack/react-query";
import { Suspense, useEffect, useState } from "react";
import { Navigate, NavLink, Outlet, useLocation } from "react-router";
import { session } from "../api/session";
import type { Me } from "../api/types";
import { useMeQuery, useToken } from "../auth/useMe";
import { useTaskBadge } from "../inbox/hooks";
import { roleName } from "../lib/format";
import { ErrorState, Spinner } from "./States";
import { useUnreadNotifications } from "../notifications/hooks";

interface NavItem {
  to: string;
  label: string;
  testId: string;
}

export function navFor(me: Me): { section: string; items: NavItem[] }[] {
  const item = (to: string, label: string, testId: string): NavItem => ({ to, label, testId });
  // Every role's home: what they must do now.
  const inbox = item("/inbox", "Inbox", "nav-inbox");
  if (me.role === "hr_admin") {
    return [
      {
        section: "Overview",
        items: [
          inbox,
          item("/dashboard", "Dashboard", "nav-dashboard"),
          item("/notifications", "Notifications", "nav-notifications"),
          item("/reports", "Reports", "nav-reports"),
          item("/impact", "Impact", "nav-impact"),
        ],
      },
      {
        section: "Programme",
        items: [
          item("/people", "People", "nav-people"),
          item("/requests", "Requests", "nav-requests"),
          item("/matching", "Run matching", "nav-matching"),
          item("/pairings", "Pairings", "nav-pairings"),
          item("/reviews", "Reviews", "nav-reviews"),
          item("/training", "Training", "nav-training"),
          item("/evaluations", "Evaluations", "nav-evaluations"),
          item("/grievances", "Grievances", "nav-grievances"),
        ],
      },
      {
        section: "Administration",
        items: [item("/logins", "Logins", "nav-logins"), item("/settings", "Settings & holidays", "nav-settings"), item("/audit", "Audit log", "nav-audit")],
      },
    ];
  }
  if (me.role === "team_leader") {
    return [
      {
        section: "My team",
        items: [
          inbox,
          item("/team", "My people", "nav-team"),
          item("/requests", "Requests", "nav-requests"),
          item("/matching", "Run matching", "nav-matching"),
          item("/pairings", "Pairings", "nav-pairings"),
          item("/notifications", "Notifications", "nav-notifications"),
          item("/mentor-profile", "My mentor profile", "nav-mentor-profile"),
        ],
      },
    ];
  }
  return [
    {
      section: "My mentoring",
      items: [inbox, item("/me", "My pairing", "nav-me"), item("/mentor-profile", "My mentor profile", "nav-mentor-profile"), item("/notifications", "Notifications", "nav-notifications")],
    },
  ];
}

/** Every role starts at the inbox: what they must do now. */
export function homePath(_me: Me): string {
  return "/inbox";
}

function UnreadCount() {
  const unread = useUnreadNotifications();
  const n = unread.data?.items.length ?? 0;
  return n > 0 ? (
    <span className="nav-count" aria-label={`${n} unread`}>
      {n}
    </span>
  ) : null;
}

/** The menu's badge: how many tasks the inbox holds (one small page of it; the counts are
 * complete whatever the page size). */
function TaskCount() {
  const tasks = useTaskBadge();
  const n = tasks.data?.total ?? 0;
  const overdue = tasks.data?.items[0]?.overdue ?? false;
  return n > 0 ? (
    <span className={overdue ? "nav-count nav-count-overdue" : "nav-count"} aria-label={`${n} ${n === 1 ? "task" : "tasks"}${overdue ? ", some overdue" : ""}`} data-testid="nav-inbox-count">
      {n}
    </span>
  ) : null;
}

export function Layout() {
  const token = useToken();
  const me = useMeQuery();
  const location = useLocation();
  const queryClient = useQueryClient();
  // On a phone the menu is a panel opened from the top bar; any navigation closes it.
  const [menuOpen, setMenuOpen] = useState(false);
  useEffect(() => setMenuOpen(false), [location.pathname]);
  if (!token) return <Navigate to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  if (me.isPending) return <Spinner label="Signing in…" />;
  if (me.error || !me.data) return <ErrorState error={me.error} onRetry={() => void me.refetch()} />;
  const user = me.data;
  if (user.kind === "service" || !["hr_admin", "team_leader", "employee"].includes(user.role)) {
    return (
      <main className="login">
        <div className="login-panel">
          <h1>Not for service accounts</h1>
          <p>This account is an integration account. Use the API with it.</p>
          <button className="btn btn-secondary" type="button" onClick={() => session.signOut()}>
            Sign out
          </button>
        </div>
      </main>
    );
  }
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <span className="brand">
          <img src="/favicon.svg" alt="" width="28" height="28" />
          <span>PeerMentor</span>
        </span>
        <button
          type="button"
          className="btn btn-ghost btn-sm menu-toggle"
          aria-expanded={menuOpen}
          aria-controls="sidebar"
          onClick={() => setMenuOpen((open) => !open)}
          data-testid="menu-toggle"
        >
          {menuOpen ? "Close" : "Menu"}
        </button>
      </header>
      <aside id="sidebar" className={menuOpen ? "sidebar open" : "sidebar"}>
        <div className="brand">
          <img src="/favicon.svg" alt="" width="32" height="32" />
          <span>PeerMentor</span>
        </div>
        <nav aria-label="Main" data-testid="nav">
          {navFor(user).map((group) => (
            <div key={group.section} className="nav-group">
              <p className="nav-section">{group.section}</p>
              <ul>
                {group.items.map((i) => (
                  <li key={i.to}>
                    <NavLink
                      to={i.to}
                      data-testid={i.testId}
                      className={({ isActive }) => (isActive ? "active" : undefined)}
                      // Closed at once: a screen still loading its chunk keeps the old location a moment.
                      onClick={() => setMenuOpen(false)}
                    >
                      {i.label}
                      {i.to === "/notifications" ? <UnreadCount /> : null}
                      {i.to === "/inbox" ? <TaskCount /> : null}
                    </NavLink>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </nav>
        <div className="sidebar-user" data-testid="current-user">
          <p className="user-email" title={user.email ?? undefined}>
            {user.email}
          </p>
          <p className="user-role" data-testid="current-role">
            {roleName(user.role)}
          </p>
          <button
            type="button"
            className="btn btn-ghost btn-sm"
            data-testid="sign-out"
            onClick={() => {
              session.signOut();
              queryClient.clear();
            }}
          >
            Sign out
          </button>
        </div>
      </aside>
      <main id="main" className="main">
        {/* Screens are separate chunks (App.tsx): a spinner while one is fetched. */}
        <Suspense fallback={<Spinner label="Loading the page…" />}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}

export function Home() {
  const me = useMeQuery();
  return me.data ? <Navigate to={homePath(me.data)} replace /> : <Spinner />;
}

export function NotFound() {
  return (
    <div className="empty">
      <h1>Page not found</h1>
      <p>
        <NavLink to="/">Back to the start</NavLink>
      </p>
    </div>
  );
}
