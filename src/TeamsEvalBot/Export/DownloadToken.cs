using System.Buffers.Text;
using System.Security.Cryptography;
using TeamsEvalBot.Kernel;

namespace TeamsEvalBot.Export;

/// <summary>A download link's secret: 256 random bits, URL-safe base64, unguessable.</summary>
public static class DownloadToken
{
    private const int Bytes = 32;

    // 32 bytes are 43 characters of unpadded base64url.
    private const int Length = 43;

    public static string New() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(Bytes));

    /// <summary>Whether a token could be one of ours; anything else is refused without reading storage.</summary>
    public static bool IsWellFormed(string token) =>
        token is { Length: Length } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
