"use client";

import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { useT } from "@/lib/i18n/provider";

export function ComingNext({ tab }: { tab: "messages" | "images" | "videos" | "compare" }) {
  const t = useT();
  return (
    <Card className="mx-auto mt-6 w-full max-w-xl" data-testid="coming-next">
      <CardHeader>
        <Badge variant="secondary">{t("comingNext.badge")}</Badge>
        <CardTitle>
          <h1 className="text-xl">{t(`comingNext.${tab}.title`)}</h1>
        </CardTitle>
        <CardDescription className="text-base">{t(`comingNext.${tab}.description`)}</CardDescription>
      </CardHeader>
      <CardContent className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-muted-foreground text-sm">{t("comingNext.note")}</p>
        <Button asChild variant="outline" size="sm">
          <Link href="/chat">{t("comingNext.openChat")}</Link>
        </Button>
      </CardContent>
    </Card>
  );
}
