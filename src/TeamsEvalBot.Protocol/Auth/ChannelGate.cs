using TeamsEvalBot.Protocol.Schema;

namespace TeamsEvalBot.Protocol.Auth;

/// <summary>
/// The bot serves Teams only. An Azure Bot always has a Web Chat channel as well, and its tokens
/// are valid, so an activity from any other channel (or naming none) is refused, whoever signed it.
/// </summary>
public static class ChannelGate
{
    public const string Teams = "msteams";

    public static bool IsAllowed(Activity activity) => string.Equals(activity.ChannelId, Teams, StringComparison.Ordinal);
}
