namespace TeamsEvalBot.Storage;

/// <summary>The tables the bot owns. Names follow Table Storage's rule: letters and digits, 3 to 63.</summary>
public static class Tables
{
    public const string Conversations = "Conversations";

    /// <summary>One partition per workshop: the workshop, its roster, proposals, ratings and their history.</summary>
    public const string Workshops = "Workshops";

    public static IReadOnlyList<string> All { get; } = [Conversations, Workshops];
}
