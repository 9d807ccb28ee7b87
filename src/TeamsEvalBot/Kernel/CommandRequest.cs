namespace TeamsEvalBot.Kernel;

/// <summary>One typed command: the turn, the verb it was routed by, and the words after the verb.</summary>
public sealed record CommandRequest(TurnContext Turn, string Verb, string Arguments);
