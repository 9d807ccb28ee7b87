using System.Globalization;
using System.Text.Json.Nodes;
using TeamsEvalBot.Domain.Cards;
using TeamsEvalBot.Domain.Participants;
using TeamsEvalBot.Domain.Rating;

namespace TeamsEvalBot.Domain.Rating.Cards;

/// <summary>The results: a bar per level with its name and count as text, the measures, and the flags in words.</summary>
internal static class TallySection
{
    public static IEnumerable<JsonNode> Build(ProposalCardModel model, Tally tally)
    {
        var levels = model.Framework.Levels;
        yield return CardElements.Subheading("Results");
        foreach (var level in levels)
        {
            var count = tally.CountsByRank[level.Rank];
            yield return CardElements.Text($"{level.Name}: {count} of {tally.Count} ({Percent(count, tally.Count)})");
            if (count > 0)
            {
                yield return Bar(count, tally.Count);
            }
        }

        yield return CardElements.Text(FlagText(tally), subtle: false);
        yield return CardElements.Facts(Measures(model, tally));
        if (tally.Organisations.Count > 0 || tally.HiddenOrganisations > 0)
        {
            yield return CardElements.Subheading("By partner organisation");
            yield return CardElements.Facts(tally.Organisations.Select(o =>
                (o.Organisation.DisplayName(), $"median {LevelAt(model, o.Median)} ({o.Count} rated)")));
            if (tally.HiddenOrganisations > 0)
            {
                var minimum = model.Workshop.Settings.MinimumGroupSize;
                yield return CardElements.Text(
                    tally.HiddenOrganisations == 1
                        ? $"To keep ratings anonymous, I do not show 1 organisation that has fewer than {minimum} raters."
                        : $"To keep ratings anonymous, I do not show {tally.HiddenOrganisations} organisations that have fewer than {minimum} raters each.",
                    subtle: true);
            }
        }
    }

    public static string FlagText(Tally tally)
    {
        var flags = new List<string> { tally.HasConsensus ? "Consensus" : "No consensus" };
        if (tally.OrganisationsDisagree)
        {
            flags.Add("Organisations disagree");
        }

        if (tally.IsClearDisagreement)
        {
            flags.Add("Clear disagreement: ratings are 2 or more levels apart");
        }

        return "**" + string.Join(". ", flags) + ".**";
    }

    private static IEnumerable<(string, string)> Measures(ProposalCardModel model, Tally tally)
    {
        var median = model.Framework.Levels[tally.MedianRank].Name;
        if (tally.MedianIsBetweenLevels)
        {
            median += $" (the median falls between {model.Framework.Levels[tally.MedianRank].Name} and {model.Framework.Levels[tally.MedianRank + 1].Name}; the lower level is shown)";
        }

        yield return ("Median", median);
        yield return ("Agreement", $"{Percent(tally.PercentAgreement)} chose {InWords(tally.ModalRanks.Select(r => model.Framework.Levels[r].Name).ToList())}");
        yield return ("Interquartile range", Number(tally.Iqr) + (tally.Iqr == 1 ? " level" : " levels"));
        yield return ("Spread", tally.Spread + (tally.Spread == 1 ? " level" : " levels"));
    }

    // "A", "A and B", "A, B and C": a list as it is written in a sentence.
    private static string InWords(List<string> names) =>
        names.Count <= 2 ? string.Join(" and ", names) : string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1];

    private static string LevelAt(ProposalCardModel model, double median)
    {
        var lower = (int)Math.Floor(median);
        return median == lower
            ? model.Framework.Levels[lower].Name
            : $"between {model.Framework.Levels[lower].Name} and {model.Framework.Levels[lower + 1].Name}";
    }

    // A bar is two weighted columns: the filled one, and the rest of the width left empty.
    private static JsonObject Bar(int count, int total)
    {
        var columns = new JsonArray(new JsonObject
        {
            ["type"] = "Column",
            ["width"] = count,
            ["style"] = "accent",
            ["minHeight"] = "12px",
            ["items"] = new JsonArray(),
        });
        if (total > count)
        {
            columns.Add(new JsonObject { ["type"] = "Column", ["width"] = total - count, ["items"] = new JsonArray() });
        }

        return new JsonObject { ["type"] = "ColumnSet", ["spacing"] = "Small", ["columns"] = columns };
    }

    private static string Percent(int part, int whole) => whole == 0 ? "0%" : Percent((double)part / whole);

    private static string Percent(double share) => Math.Round(share * 100).ToString(CultureInfo.InvariantCulture) + "%";

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
