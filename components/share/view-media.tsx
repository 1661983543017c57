import { optionalImageFields } from "@/lib/images/request";
import type { ImagesSnapshot, VideosSnapshot } from "@/lib/schemas/share";
import { SharedVideo } from "./shared-video";
import { PromptFacts } from "./view-facts";
import type { ViewI18n } from "./view-types";

export function ImagesView({ snapshot: s, t }: { snapshot: ImagesSnapshot } & ViewI18n) {
  const { settings } = s;
  const facts: [string, string][] = [
    [t("share.view.model"), settings.model || "—"],
    ["size", settings.size],
    ["n", String(settings.n)],
    ...Object.entries(optionalImageFields(settings)),
  ];
  if (settings.vendor) facts.push([t("share.view.vendor"), settings.vendor]);
  return (
    <div className="flex flex-col gap-4" data-testid="share-images">
      <PromptFacts prompt={settings.prompt} facts={facts} t={t} />
      {s.imagesOmitted && <p className="text-muted-foreground text-sm">{t("share.view.imagesOmitted")}</p>}
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        {s.images.map((img, i) => (
          <figure
            key={img.data.slice(-32) + String(i)}
            className="bg-muted/40 overflow-hidden rounded-lg border"
          >
            {/* Data URLs of checked PNG/JPEG/WebP bytes: nothing is fetched from another host. */}
            {/* biome-ignore lint/performance/noImgElement: data URLs gain nothing from next/image. */}
            <img
              src={`data:${img.mime};base64,${img.data}`}
              alt={t("share.view.imageAlt", { n: i + 1 })}
              width={img.width}
              height={img.height}
              className="h-auto w-full object-contain"
              data-testid="share-image"
            />
            {img.revisedPrompt && (
              <figcaption className="text-muted-foreground p-2 text-xs">{img.revisedPrompt}</figcaption>
            )}
          </figure>
        ))}
      </div>
    </div>
  );
}

export function VideosView({
  snapshot: s,
  shareId,
  t,
  f,
}: { snapshot: VideosSnapshot; shareId?: string } & ViewI18n) {
  const { settings, job } = s;
  const facts: [string, string][] = [
    [t("share.view.model"), settings.model || "—"],
    ["size", settings.size],
    ["seconds", settings.seconds],
    [t("share.view.jobStatus"), t(`share.view.status.${job.status}`)],
  ];
  if (job.progress !== undefined && job.status !== "completed") {
    facts.push(["", t("share.view.progress", { value: Math.round(job.progress) })]);
  }
  if (job.errorCode || job.errorMessage)
    facts.push(["error", [job.errorCode, job.errorMessage].filter(Boolean).join(": ")]);
  if (settings.vendor) facts.push([t("share.view.vendor"), settings.vendor]);
  return (
    <div className="flex flex-col gap-4" data-testid="share-videos">
      <PromptFacts prompt={settings.prompt} facts={facts} t={t} />
      <SharedVideo
        video={s.video}
        shareId={shareId}
        prompt={settings.prompt}
        size={settings.size}
        t={t}
        f={f}
      />
    </div>
  );
}
