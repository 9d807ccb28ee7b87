using FsCheck;
using FsCheck.Xunit;
using TeamsEvalBot.Storage;

namespace TeamsEvalBot.Tests.Storage;

public sealed class KeyEncodingTests
{
    [Theory]
    [InlineData("19:meeting_abc@thread.v2", "19:meeting_abc@thread.v2")]
    [InlineData("a/b\\c#d?e", "a%2Fb%5Cc%23d%3Fe")]
    [InlineData("50%+'", "50%25%2B%27")]
    public void Encode_EscapesOnlyWhatTableStorageForbidsOrMisreads(string raw, string expected) =>
        Assert.Equal(expected, KeyEncoding.Encode(raw));

    [Property]
    public bool Encoded_NeverHoldsAForbiddenCharacter(NonNull<string> raw) =>
        !KeyEncoding.Encode(raw.Get).Any(c => c is '/' or '\\' or '#' or '?' or '+' or '\'' || char.IsControl(c));

    [Property]
    public bool Encode_IsOneToOne(NonNull<string> a, NonNull<string> b) =>
        a.Get == b.Get || KeyEncoding.Encode(a.Get) != KeyEncoding.Encode(b.Get);
}
