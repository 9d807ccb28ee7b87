namespace TeamsEvalBot.Domain;

/// <summary>Rules for what people type into the bot's forms.</summary>
public static class TypedText
{
    /// <summary>New lines and tabs are ordinary in multi-line text; other control characters are not.</summary>
    public static bool HasControlCharacters(string? text) =>
        text?.Any(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t') == true;
}
