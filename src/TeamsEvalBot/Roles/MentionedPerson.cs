using TeamsEvalBot.Domain.Workshops;
using TeamsEvalBot.Kernel;

namespace TeamsEvalBot.Roles;

/// <summary>The person a role command is about: the one @mention in the message other than the bot.</summary>
public static class MentionedPerson
{
    /// <summary>The person, or null when the message mentions nobody or more than one person.</summary>
    public static Person? Of(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var mentioned = turn.OtherMentions
            .Where(m => !string.IsNullOrEmpty(m.Mentioned?.Id))
            .DistinctBy(m => m.Mentioned!.Id)
            .ToList();
        if (mentioned is not [var mention])
        {
            return null;
        }

        var name = mention.Mentioned!.Name ?? mention.Text?.Replace("<at>", string.Empty, StringComparison.Ordinal).Replace("</at>", string.Empty, StringComparison.Ordinal);
        return new Person(mention.Mentioned.Id!, string.IsNullOrWhiteSpace(name) ? "Someone" : name);
    }
}
