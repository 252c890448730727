import { newRichMenuId } from './ids.ts';

export interface StoredRichMenu {
  richMenuId: string;
  size: { width: number; height: number };
  selected: boolean;
  name: string;
  chatBarText: string;
  areas: unknown[];
}

export interface StoredImage {
  contentType: string;
  bytes: Buffer;
}

export class RichMenuStore {
  readonly #menus = new Map<string, StoredRichMenu>();
  readonly #images = new Map<string, StoredImage>();
  readonly #userLinks = new Map<string, string>();
  #defaultMenuId: string | undefined;

  create(definition: Omit<StoredRichMenu, 'richMenuId'>): StoredRichMenu {
    const menu = { ...definition, richMenuId: newRichMenuId() };
    this.#menus.set(menu.richMenuId, menu);
    return menu;
  }

  list(): StoredRichMenu[] {
    return [...this.#menus.values()];
  }

  get(richMenuId: string): StoredRichMenu | undefined {
    return this.#menus.get(richMenuId);
  }

  delete(richMenuId: string): boolean {
    this.#images.delete(richMenuId);
    if (this.#defaultMenuId === richMenuId) this.#defaultMenuId = undefined;
    for (const [userId, linked] of this.#userLinks) if (linked === richMenuId) this.#userLinks.delete(userId);
    return this.#menus.delete(richMenuId);
  }

  image(richMenuId: string): StoredImage | undefined {
    return this.#images.get(richMenuId);
  }

  setImage(richMenuId: string, image: StoredImage): void {
    this.#images.set(richMenuId, image);
  }

  get defaultMenuId(): string | undefined {
    return this.#defaultMenuId;
  }

  setDefault(richMenuId: string | undefined): void {
    this.#defaultMenuId = richMenuId;
  }

  /** What the user's LINE app shows under the chat: their own menu, else the default. */
  shownTo(userId: string): StoredRichMenu | undefined {
    const richMenuId = this.#userLinks.get(userId) ?? this.#defaultMenuId;
    return richMenuId === undefined ? undefined : this.#menus.get(richMenuId);
  }

  linkedMenu(userId: string): string | undefined {
    return this.#userLinks.get(userId);
  }

  link(userId: string, richMenuId: string | undefined): void {
    if (richMenuId === undefined) this.#userLinks.delete(userId);
    else this.#userLinks.set(userId, richMenuId);
  }

  clear(): void {
    this.#menus.clear();
    this.#images.clear();
    this.#userLinks.clear();
    this.#defaultMenuId = undefined;
  }
}
