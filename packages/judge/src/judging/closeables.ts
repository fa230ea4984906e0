/** Things a judging opened (sandboxes, checkers), closed once the verdict is stored. */
export class Closeables {
  private readonly items: { close(): Promise<void> }[] = [];

  add<T extends { close(): Promise<void> }>(item: T): T {
    this.items.push(item);
    return item;
  }

  async closeAll(): Promise<void> {
    await Promise.allSettled(this.items.splice(0).map((item) => item.close()));
  }
}
