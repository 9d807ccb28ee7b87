using System.Text.Json.Nodes;

namespace TeamsEvalBot.IntegrationTests.Live;

/// <summary>Lets a theory row change the activity it builds, inline.</summary>
internal static class MatrixActivityExtensions
{
    public static JsonObject Also(this JsonObject activity, Action<JsonObject> change)
    {
        change(activity);
        return activity;
    }
}
