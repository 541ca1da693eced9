import { describe, expect, it } from "vitest";
import { shareCardSvg, shareImagePath, wrapText } from "../../src/lib/share";

describe("share images", () => {
  it("are named after the page path", () => {
    expect(shareImagePath("")).toBe("share/start.png");
    expect(shareImagePath("wie-viele-soldaten/")).toBe("share/wie-viele-soldaten.png");
    expect(shareImagePath("404.html")).toBe("share/404-html.png");
  });
  it("wrap titles at spaces within the line length", () => {
    expect(wrapText("Wie viele Soldaten hat Nordkorea geschickt?", 19)).toEqual(["Wie viele Soldaten", "hat Nordkorea", "geschickt?"]);
  });
  it("escape text from the data", () => {
    const svg = shareCardSvg("Site", `<script>alert(1)</script> & "x"`, "Stand");
    expect(svg).not.toContain("<script>");
    expect(svg).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(svg).toContain("&amp;");
    expect(svg).toContain("&quot;x&quot;");
  });
});
