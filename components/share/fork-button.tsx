"use client";

import { useMutation } from "@tanstack/react-query";
import { GitForkIcon } from "lucide-react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { useT } from "@/lib/i18n/provider";
import { fetchShare } from "@/lib/shares/api";
import { forkSnapshot } from "@/lib/shares/fork";

/**
 * "Open in my playground": reads the snapshot again through the API (the page itself carries only
 * rendered HTML), copies it into this browser's state, and opens the tab.
 */
export function ForkButton({ id }: { id: string }) {
  const t = useT();
  const router = useRouter();
  const fork = useMutation({
    mutationFn: async () => forkSnapshot((await fetchShare(id)).snapshot),
    onSuccess: (path) => router.push(path),
  });
  return (
    <div className="flex flex-col items-start gap-1">
      <Button onClick={() => fork.mutate()} disabled={fork.isPending} data-testid="share-fork">
        <GitForkIcon aria-hidden />
        {fork.isPending ? t("share.page.forking") : t("share.page.fork")}
      </Button>
      {fork.error ? (
        <p className="text-destructive text-xs" role="alert">
          {t("share.page.forkFailed", { message: fork.error.message })}
        </p>
      ) : (
        <p className="text-muted-foreground text-xs">{t("share.page.forkHelp")}</p>
      )}
    </div>
  );
}
