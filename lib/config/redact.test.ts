import { describe, expect, it } from "vitest";

import { databaseProviderOf } from "./database-url";
import { withoutPassword } from "./redact";

describe("withoutPassword", () => {
  it("hides the password and keeps what a reader needs to fix the URL", () => {
    expect(withoutPassword("postgres://app:s3cret@db.example:5433/shop")).toBe("postgres://app:***@db.example:5433/shop");
    expect(withoutPassword("redis://:hunter2@127.0.0.1:6379/0")).toBe("redis://:***@127.0.0.1:6379/0");
  });

  it("leaves a URL without a password as it is", () => {
    expect(withoutPassword("redis://127.0.0.1:6379")).toBe("redis://127.0.0.1:6379");
    expect(withoutPassword("file:./dev.db")).toBe("file:./dev.db");
  });

  it("shows nothing of a URL it cannot read", () => {
    expect(withoutPassword("redis://:s3cret@[bad")).toBe("(not a valid URL)");
  });
});

describe("databaseProviderOf", () => {
  it("tells SQLite files from PostgreSQL servers by the scheme", () => {
    expect(databaseProviderOf("file:./dev.db")).toBe("sqlite");
    expect(databaseProviderOf("postgres://localhost/app")).toBe("postgres");
    expect(databaseProviderOf("postgresql://localhost/app")).toBe("postgres");
    expect(databaseProviderOf("mysql://localhost/app")).toBeNull();
  });
});
