import { describe, expect, it } from "vitest";
import { sceneToSvg, svgLayout, wrapText } from "../../src/export/svg.ts";
import { formatNumber } from "../../src/export/xml-escape.ts";
import { placeLabels, sceneView } from "../../src/scene/place-labels.ts";
import { SCENE_STYLE } from "../../src/scene/style.ts";
import { sampleScene } from "./fixtures.ts";
import { parseStrictXml } from "./strict-xml.ts";

function group(doc: Document, cls: string): Element | undefined {
  return Array.from(doc.getElementsByTagName("g")).find((g) => g.getAttribute("class") === cls);
}

function children(el: Element | undefined, tag: string): Element[] {
  return el ? Array.from(el.getElementsByTagName(tag)) : [];
}

describe("sceneToSvg", () => {
  const scene = sampleScene();
  const svg = sceneToSvg(scene);
  const doc = parseStrictXml(svg);

  it("is a well-formed SVG document sized to the map plus the legend and caption", () => {
    const root = doc.documentElement;
    expect(root.namespaceURI).toBe("http://www.w3.org/2000/svg");
    const layout = svgLayout(scene);
    expect(layout.legendWidth).toBeGreaterThan(0);
    expect(root.getAttribute("width")).toBe(String(400 + layout.legendWidth));
    expect(root.getAttribute("height")).toBe(String(layout.height));
    expect(layout.height).toBeGreaterThan(300);
    expect(root.getAttribute("viewBox")).toBe(`0 0 ${400 + layout.legendWidth} ${layout.height}`);
  });

  it("draws one line per edge and one circle per node at world × k + translate", () => {
    expect(children(group(doc, "edges"), "line")).toHaveLength(3);
    const discs = children(group(doc, "nodes"), "circle");
    expect(discs).toHaveLength(4);
    // Zoë: world (40, -20), k = 2, translate (200, 150) → (280, 110).
    const zoe = discs.find(
      (c) => c.getAttribute("fill") === "#4e79a7" && !c.hasAttribute("opacity"),
    );
    expect([zoe?.getAttribute("cx"), zoe?.getAttribute("cy"), zoe?.getAttribute("r")]).toEqual([
      "280",
      "110",
      "6",
    ]);
  });

  it("writes the placed labels as real <text>, strings intact and nothing injected", () => {
    const labels = children(group(doc, "labels"), "text").map((t) => t.textContent);
    const expected = (scene.labels ?? []).map((l) =>
      scene.nodes[l.index].label.replace("\u0007", ""),
    );
    expect(labels.sort()).toEqual(expected.sort());
    expect(labels).not.toContain(scene.nodes[2].label);
    expect(doc.getElementsByTagName("b")).toHaveLength(0);
    expect(doc.getElementsByTagName("script")).toHaveLength(0);
  });

  it("fades dimmed marks and rings the selection and the owner as the canvas does", () => {
    const discs = children(group(doc, "nodes"), "circle");
    expect(
      discs
        .filter((c) => c.getAttribute("opacity") === String(SCENE_STYLE.dimmedOpacity))
        .map((c) => c.getAttribute("cx")),
    ).toEqual(["220"]);
    const rings = children(group(doc, "rings"), "circle");
    expect(
      rings.map((c) => [c.getAttribute("cx"), c.getAttribute("stroke"), c.getAttribute("r")]),
    ).toEqual([
      // Owner at (200, 150): r 14 + gap + half the ring; selected Zoë at (280, 110): r 6 + 1 + half.
      [
        "200",
        SCENE_STYLE.ownerRing,
        String(14 + SCENE_STYLE.ownerRingGap + SCENE_STYLE.ownerRingWidth / 2),
      ],
      ["280", SCENE_STYLE.selectedRing, String(6 + 1 + SCENE_STYLE.selectedRingWidth / 2)],
    ]);
  });

  it("draws each label where the placement put it: anchor, size and weight", () => {
    const texts = children(group(doc, "labels"), "text");
    const at = (i: number) => {
      const t = texts.find(
        (el) => el.textContent === scene.nodes[i].label.replace("\u0007", ""),
      ) as Element;
      return ["x", "y", "text-anchor", "font-size", "font-weight"].map((a) =>
        t.hasAttribute(a) ? t.getAttribute(a) : null,
      );
    };
    expect(at(0)).toEqual(["218", "154.2", null, null, null]);
    expect(at(1)).toEqual(["267", "114.2", "end", null, String(SCENE_STYLE.labelStrongWeight)]);
    expect(at(3)).toEqual(["220", "290.2", "middle", "15", null]);
  });

  it("places the labels itself (with placeLabels) for a scene that carries none", () => {
    const bare = sampleScene({ labels: undefined });
    const measure = (text: string, font: string) =>
      text.length * 7 + (font.includes("600") ? 1 : 0);
    const expected = placeLabels(bare, sceneView(bare), { measureText: measure });
    const texts = children(
      group(parseStrictXml(sceneToSvg(bare, { measureLabel: measure })), "labels"),
      "text",
    );
    expect(texts.map((t) => [t.getAttribute("x"), t.getAttribute("y")])).toEqual(
      expected.map((l) => [formatNumber(l.x), formatNumber(l.y)]),
    );
    expect(texts.length).toBeGreaterThan(0);
  });

  it("draws leader lines of labels placed away from their disc", () => {
    const leader = { x1: 1, y1: 2, x2: 30, y2: 40 };
    const withLeader = sampleScene();
    withLeader.labels = [{ ...(withLeader.labels ?? [])[0], leader }];
    const lines = children(group(parseStrictXml(sceneToSvg(withLeader)), "leaders"), "line");
    expect(lines.map((l) => ["x1", "y1", "x2", "y2"].map((a) => l.getAttribute(a)))).toEqual([
      ["1", "2", "30", "40"],
    ]);
    expect(children(group(doc, "leaders"), "line")).toHaveLength(0);
  });

  it("draws the hover ring, faded with its dimmed node", () => {
    const hover = sampleScene();
    hover.nodes[3] = { ...hover.nodes[3], hovered: true };
    const rings = children(group(parseStrictXml(sceneToSvg(hover)), "rings"), "circle");
    const ring = rings.find((c) => c.getAttribute("stroke") === SCENE_STYLE.hoverRing) as Element;
    expect([ring.getAttribute("cx"), ring.getAttribute("cy")]).toEqual(["220", "270"]);
    expect(Number(ring.getAttribute("r"))).toBeCloseTo(6 + 1 + SCENE_STYLE.hoverRingWidth / 2, 9);
    expect(ring.getAttribute("opacity")).toBe(String(SCENE_STYLE.dimmedOpacity));
    // Rings of undimmed nodes are opaque.
    expect(rings.filter((c) => c.hasAttribute("opacity"))).toHaveLength(1);
  });

  it("has a legend with the size metric, every colour and the edge meaning", () => {
    const texts = children(group(doc, "legend"), "text").map((t) => t.textContent);
    expect(texts).toEqual([
      "Size: PageRank",
      "0.2",
      "0.4",
      "Communities",
      "Community 1",
      "Community 2 <&>",
      "Line width: shared papers",
    ]);
    const swatches = children(group(doc, "legend"), "circle").map((c) => c.getAttribute("fill"));
    expect(swatches).toContain("#4e79a7");
  });

  it("says how many communities are drawn in grey, with a grey swatch", () => {
    const legend = { ...(scene.legend as NonNullable<typeof scene.legend>) };
    legend.others = { count: 12, color: "#b4b9c0" };
    const grey = parseStrictXml(sceneToSvg(sampleScene({ legend })));
    const texts = children(group(grey, "legend"), "text").map((t) => t.textContent);
    expect(texts).toContain("12 other communities in grey");
    expect(texts.indexOf("12 other communities in grey")).toBe(
      texts.indexOf("Community 2 <&>") + 1,
    );
    const fills = children(group(grey, "legend"), "circle").map((c) => c.getAttribute("fill"));
    expect(fills).toContain("#b4b9c0");
  });

  it("has the caption and a white background", () => {
    expect(children(group(doc, "caption"), "text").map((t) => t.textContent)).toEqual([
      scene.caption,
    ]);
    const rects = Array.from(doc.documentElement.childNodes).filter(
      (n) => (n as Element).tagName === "rect",
    ) as Element[];
    expect(rects.map((r) => r.getAttribute("fill"))).toEqual(["#ffffff"]);
  });

  it("leaves legend, caption and background out when asked", () => {
    const plain = parseStrictXml(
      sceneToSvg({ ...scene, background: null }, { legend: false, caption: false }),
    );
    expect(plain.documentElement.getAttribute("width")).toBe("400");
    expect(plain.documentElement.getAttribute("height")).toBe("300");
    expect(group(plain, "legend")).toBeUndefined();
    expect(group(plain, "caption")).toBeUndefined();
    const topRects = Array.from(plain.documentElement.childNodes).filter(
      (n) => (n as Element).tagName === "rect",
    );
    expect(topRects).toHaveLength(0);
  });

  it("lists at most 12 colours and says how many more", () => {
    const colors = Array.from({ length: 15 }, (_, i) => ({ label: `C${i}`, color: "#000" }));
    const many = sceneToSvg({ ...scene, legend: { ...scene.legend!, colors } });
    const texts = children(group(parseStrictXml(many), "legend"), "text").map((t) => t.textContent);
    expect(texts.filter((t) => /^C\d+$/.test(t ?? ""))).toHaveLength(12);
    expect(texts).toContain("+ 3 more");
  });
});

describe("wrapText", () => {
  const measure = (text: string, fontSize: number) => text.length * fontSize * 0.6;
  it("breaks at spaces to fit the width (6 px per character here)", () => {
    expect(wrapText("aaa bbb ccc", 42, 10, measure)).toEqual(["aaa bbb", "ccc"]);
    expect(wrapText("aaaaaaaaaa b", 30, 10, measure)).toEqual(["aaaaaaaaaa", "b"]);
    expect(wrapText("one\ntwo", 1000, 10, measure)).toEqual(["one", "two"]);
  });
});
