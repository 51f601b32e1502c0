import type { ReactNode } from "react";
import type { Role } from "../api/types";
import { useMe } from "./useMe";
import { EmptyState } from "../ui/States";

/** Screens a role may not use say so (the API refuses anyway). */
export function RequireRole({ roles, children }: { roles: Role[]; children: ReactNode }) {
  const me = useMe();
  if (!roles.includes(me.role)) {
    return <EmptyState title="This screen is not part of your role">Use the navigation to find your screens.</EmptyState>;
  }
  return <>{children}</>;
}
