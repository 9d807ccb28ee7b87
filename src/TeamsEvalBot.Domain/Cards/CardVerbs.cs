namespace TeamsEvalBot.Domain.Cards;

/// <summary>The Action.Execute verbs the bot's cards use; the route table routes each to its handler.</summary>
public static class CardVerbs
{
    public const string Rate = "rate";
    public const string Refresh = "refresh";
    public const string MoreEvidence = "evidence";
    public const string Settings = "settings";
    public const string ChooseOrganisation = "organisation";
    public const string Reconcile = "reconcile";
    public const string Agree = "agree";
    public const string ActionStatus = "actionStatus";
    public const string ImportPrevious = "importPrevious";
}
