using System.Text.RegularExpressions;
using TeamsEvalBot.Domain.Cards;
using TeamsEvalBot.Domain.Frameworks;
using TeamsEvalBot.Domain.Partnerships;
using TeamsEvalBot.Domain.Summaries;
using TeamsEvalBot.Domain.Workshops;
using TeamsEvalBot.Kernel;
using TeamsEvalBot.Storage.Workshops;

namespace TeamsEvalBot.Rating;

/// <summary>"start workshop &lt;partnership&gt; [framework &lt;id&gt;]": anyone may start one; they become its facilitator.</summary>
public sealed partial class StartWorkshopCommand(
    WorkshopStore store,
    PartnershipRegistry partnerships,
    RosterReader roster,
    FrameworkCatalogue frameworks,
    TimeProvider clock,
    ILogger<StartWorkshopCommand> logger) : IMessageCommand
{
    public async Task ExecuteAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var turn = request.Turn;
        var arguments = request.Arguments;
        var match = FrameworkSuffix().Match(arguments);
        var partnership = (match.Success ? arguments[..match.Index] : arguments).Trim();
        var framework = frameworks.Default;
        if (match.Success && !frameworks.TryGet(match.Groups["id"].Value, out framework))
        {
            await Refuse(request, InertText.Paragraph(InertText.Run("There is no framework called "), InertText.Typed(match.Groups["id"].Value, italic: true), InertText.Run(".")), $"Use one of: {string.Join(", ", frameworks.All.Select(f => f.Id))}.", cancellationToken);
            return;
        }

        if (partnership.Length == 0 || partnership.Length > PartnershipName.MaxLength)
        {
            await Refuse(request, $"The partnership name must be 1 to {PartnershipName.MaxLength} characters.", $"For example: {turn.CommandPrefix}start workshop Angus Health and Social Care Partnership", cancellationToken);
            return;
        }

        if (PartnershipName.HasHiddenCharacters(partnership))
        {
            await Refuse(request, "The partnership name holds hidden characters (control, zero-width or text-direction marks), so nothing was started.", "Type the name again rather than pasting it.", cancellationToken);
            return;
        }

        if (PartnershipName.HasUnsupportedCharacters(partnership))
        {
            await Refuse(request, "The partnership name holds characters that are not letters of the Latin alphabet, digits or ordinary punctuation, so nothing was started.", "Type the name with ordinary letters, as the partnership writes it; accents are fine.", cancellationToken);
            return;
        }

        var activity = turn.Activity;
        var conversationId = activity.Conversation?.Id ?? string.Empty;
        if (await store.GetActiveAsync(conversationId, cancellationToken) is { } open)
        {
            await RefuseAlreadyOpen(request, open.Value, cancellationToken);
            return;
        }

        var registered = await PartnershipAsync(request, partnership, cancellationToken);
        if (registered is null)
        {
            return;
        }

        var settings = WorkshopSettings.Default;
        var members = await roster.ReadAsync(activity.ServiceUrl!, conversationId, settings, cancellationToken);
        var workshop = new Workshop(
            Guid.NewGuid().ToString("N"),
            conversationId,
            activity.ServiceUrl!,
            registered.Name,
            framework!.Id,
            clock.GetUtcNow(),
            [new Person(turn.PersonId, turn.PersonName)],
            settings,
            WorkshopStatus.Open,
            members.Count)
        {
            TenantId = activity.TenantId ?? string.Empty,
            PartnershipId = registered.Id,
        };
        var started = await store.TryStartAsync(workshop, members, cancellationToken);
        if (started is null)
        {
            await Refuse(request, "Someone started a workshop here at the same moment.", $"Type {turn.CommandPrefix}status to see it.", cancellationToken);
            return;
        }

        if (started.Id != workshop.Id)
        {
            // A start a storage fault cut short, finished now; usually this person's own, typed again.
            RatingLog.InterruptedStartFinished(logger, started.Id);
            if (!IsTheSameStart(started, workshop, turn.PersonId))
            {
                await RefuseAlreadyOpen(request, started, cancellationToken);
                return;
            }
        }

        RatingLog.Started(logger, started.Id, members.Count);
        await turn.SendCardAsync(WorkshopCard.Build(started, framework, $"Next: post the proposals with {turn.CommandPrefix}post all, or one at a time with {turn.CommandPrefix}post 1.1"), cancellationToken);
    }

    private static bool IsTheSameStart(Workshop started, Workshop asked, string personId) =>
        started.PartnershipId == asked.PartnershipId && started.FrameworkId == asked.FrameworkId && started.IsFacilitator(personId);

    private Task RefuseAlreadyOpen(CommandRequest request, Workshop open, CancellationToken cancellationToken) =>
        Refuse(request, InertText.Paragraph(InertText.Run("This conversation already has an open workshop for "), InertText.Typed(open.Partnership), InertText.Run(".")), "A conversation holds one open workshop at a time. Carry on with that one, or start the new one in another chat.", cancellationToken);

    /// <summary>
    /// The registered partnership, registering it with the sender as its owner when it is new and
    /// registration is open; null after saying why the sender may not start its workshop.
    /// </summary>
    private async Task<Partnership?> PartnershipAsync(CommandRequest request, string name, CancellationToken cancellationToken)
    {
        var turn = request.Turn;
        var tenant = turn.Activity.TenantId ?? string.Empty;
        var aadObjectId = turn.Activity.From?.AadObjectId;
        var found = await partnerships.FindAsync(tenant, name, cancellationToken)
            ?? await partnerships.RegisterAsync(tenant, name, new Steward(turn.PersonId, aadObjectId, turn.PersonName), cancellationToken);
        if (found is null)
        {
            await Refuse(request, InertText.Paragraph(InertText.Typed(name), InertText.Run(" is not a registered partnership, so nothing was started.")), "Partnerships are registered by your Teams administrator in the app settings. Check the name, or ask them to register it.", cancellationToken);
            return null;
        }

        if (!found.MayRun(turn.PersonId, aadObjectId))
        {
            await Refuse(request, InertText.Paragraph(InertText.Typed(found.Name), InertText.Run(" is registered, and only its owners and the facilitators they appoint can start its workshops. Nothing was started.")), $"Ask an owner ({PartnershipWords.Owners(found)}) to start it, or to appoint you with add facilitator.", cancellationToken);
            return null;
        }

        return found;
    }

    private Task Refuse(CommandRequest request, string whatHappened, string whatToDo, CancellationToken cancellationToken) =>
        Refuse(request, CardElements.Text(whatHappened), whatToDo, cancellationToken);

    private async Task Refuse(CommandRequest request, System.Text.Json.Nodes.JsonObject whatHappened, string whatToDo, CancellationToken cancellationToken)
    {
        WorkshopLog.Refused(logger, request.Verb, request.Turn.PersonId, "bad start request");
        await request.Turn.SendCardAsync(ErrorCard.Build(whatHappened, whatToDo), cancellationToken);
    }

    [GeneratedRegex(@"\s+framework\s+(?<id>\S+)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex FrameworkSuffix();
}
