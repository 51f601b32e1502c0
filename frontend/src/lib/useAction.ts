import { useToast } from "../ui/Feedback";
import { useMutation, useQueryClient, type QueryKey } from "@tanstack/react-query";

/** A write: runs `fn`, then refreshes the queries it affects and announces `success`. Its
 * `error` feeds ProblemAlert. */
export function useAction<TVars, TResult>(
  fn: (vars: TVars) => Promise<TResult>,
  options: {
    invalidate?: QueryKey[];
    onSuccess?: (result: TResult, vars: TVars) => void;
    /** Announced in the status region once the write succeeded. */
    success?: string | ((result: TResult, vars: TVars) => string);
  } = {},
) {
  const queryClient = useQueryClient();
  const toast = useToast();
  return useMutation({
    mutationFn: fn,
    onSuccess: async (result, vars) => {
      await Promise.all((options.invalidate ?? []).map((queryKey) => queryClient.invalidateQueries({ queryKey })));
      options.onSuccess?.(result, vars);
      if (options.success) toast(typeof options.success === "string" ? options.success : options.success(result, vars));
    },
  });
}
