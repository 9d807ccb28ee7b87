using System.Text.RegularExpressions;

namespace TeamsEvalBot.Protocol.Schema;

public static class Mentions
{
    /// <summary>
    /// The message text without the bot's own @mention, trimmed. Teams puts "&lt;at&gt;Name&lt;/at&gt;"
    /// into the text of group chats and channels; commands must read the same either way.
    /// </summary>
    public static string TextWithoutBotMention(Activity activity)
    {
        var text = activity.Text ?? string.Empty;
        var botId = activity.Recipient?.Id;
        foreach (var entity in activity.Entities ?? [])
        {
            if (!string.Equals(entity.Type, "mention", StringComparison.OrdinalIgnoreCase)
                || botId is null
                || !string.Equals(entity.Mentioned?.Id, botId, StringComparison.Ordinal))
            {
                continue;
            }

            var mentionText = string.IsNullOrEmpty(entity.Text) ? $"<at>{entity.Mentioned?.Name}</at>" : entity.Text;
            text = Regex.Replace(text, Regex.Escape(mentionText), string.Empty, RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
        }

        return text.Trim();
    }
}
