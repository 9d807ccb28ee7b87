namespace TeamsEvalBot.Kernel;

/// <summary>The card verbs' handlers, by verb, as the route table names them; shared by the invoke and its Action.Submit fallback.</summary>
public sealed class CardVerbHandlers(RouteTable routes, IServiceProvider services)
{
    private readonly Dictionary<string, ICardVerb> byVerb =
        routes.CardVerbs.ToDictionary(v => v.Verb, v => (ICardVerb)services.GetRequiredService(v.Handler), StringComparer.OrdinalIgnoreCase);

    public ICardVerb? Find(string verb) => byVerb.GetValueOrDefault(verb);
}
