using System.Globalization;
using System.Text;

namespace TeamsEvalBot.Storage;

/// <summary>
/// Makes any id safe as a PartitionKey or RowKey. Table Storage forbids / \ # ? and control
/// characters; % + and ' break URLs and filters. Those are percent-escaped; everything else stays readable.
/// </summary>
public static class KeyEncoding
{
    public static string Encode(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (c is '/' or '\\' or '#' or '?' or '%' or '+' or '\'' || char.IsControl(c))
            {
                builder.Append('%').Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
