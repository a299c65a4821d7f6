import { describe, expect, it } from "vitest";
import { quoteRestatesAnswer, sourceFeedback } from "../../../src/core/grade/feedback.ts";
import { question } from "./helpers.ts";

const QUOTE = "On 11 January 2016, the Red Cross organized an aid convoy to Kefriya and Fu'ah.";
const EVENT = "The Red Cross organized an aid convoy to Kefriya and Fu'ah.";

describe("feedback that says it once", () => {
  it("names only the document when the quote restates a sentence answer", () => {
    const q = question({
      type: "what-happened",
      eventIds: ["ev_a4"],
      answer: EVENT,
      source: { doc: "doc_a", quote: QUOTE },
    });
    expect(quoteRestatesAnswer(q, EVENT)).toBe(true);
    const said = sourceFeedback(q, {
      answer: EVENT,
      response: EVENT,
      eventText: EVENT,
      sourceTitle: "Siege of the two towns",
    });
    expect(said.quote).toBe("");
  });

  it("keeps a quote that says more than the answer in it, and any quote of a name or date answer", () => {
    const long = question({
      type: "what-happened",
      answer: "The US struck the Shayrat airbase.",
      source: {
        doc: "d",
        quote:
          "The US struck the Shayrat airbase on April 7, 2017, and the Joint Investigation Mission of the UN and the OPCW confirmed on Oct. 27, 2017, that the regime had carried out the attack.",
      },
    });
    expect(quoteRestatesAnswer(long, "The US struck the Shayrat airbase.")).toBe(false);
    const who = question({
      type: "who",
      answer: "Army of Conquest",
      source: { doc: "d", quote: "Army of Conquest announced it would continue." },
    });
    expect(quoteRestatesAnswer(who, "Army of Conquest announced it would continue")).toBe(false);
  });

  it("drops an explanation that restates the quote, the answers or the document title", () => {
    const q = question({
      type: "date-typed",
      answer: "11 January 2016",
      explanation: "On 11 January 2016 the Red Cross organized a convoy. (Siege of the two towns)",
      source: { doc: "doc_a", quote: QUOTE },
    });
    const said = sourceFeedback(q, {
      answer: "11 January 2016",
      response: "2016",
      eventText: EVENT,
      sourceTitle: "Siege of the two towns",
    });
    expect(said).toEqual({ quote: QUOTE, note: "" });
  });

  it("keeps what other sources say differently", () => {
    const q = question({
      type: "date-typed",
      answer: "March 2015",
      explanation: `In March 2015, ${EVENT.toLowerCase()} Other sources give 2013.`,
      source: { doc: "doc_a", quote: QUOTE },
    });
    const said = sourceFeedback(q, {
      answer: "March 2015",
      response: "2013",
      eventText: EVENT,
      sourceTitle: "Siege of the two towns",
    });
    expect(said.note).toBe("Other sources give 2013.");
  });
});
