"use client";

import { SearchIcon } from "lucide-react";
import { useId } from "react";
import { SelectField } from "@/components/shared/select-field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { useT } from "@/lib/i18n/provider";

interface Props {
  search: string;
  onSearch: (value: string) => void;
  model: string;
  onModel: (value: string) => void;
  models: string[];
}

export function GalleryToolbar({ search, onSearch, model, onModel, models }: Props) {
  const t = useT();
  const id = useId();
  return (
    <div className="grid grid-cols-1 gap-3 sm:grid-cols-[minmax(0,1fr)_minmax(0,14rem)]">
      <div className="grid min-w-0 content-start gap-1.5">
        <Label htmlFor={id}>{t("images.gallery.searchLabel")}</Label>
        <div className="relative">
          <SearchIcon
            className="text-muted-foreground pointer-events-none absolute top-2.5 left-2.5 size-4"
            aria-hidden
          />
          <Input
            id={id}
            type="search"
            value={search}
            onChange={(e) => onSearch(e.target.value)}
            placeholder={t("images.gallery.searchPlaceholder")}
            className="pl-8"
            data-testid="gallery-search"
          />
        </div>
      </div>
      <SelectField
        label={t("images.gallery.modelFilter")}
        value={model}
        options={[
          { value: "", label: t("images.gallery.allModels") },
          ...models.map((m) => ({ value: m, label: m })),
        ]}
        onChange={onModel}
        testId="gallery-model-filter"
      />
    </div>
  );
}
