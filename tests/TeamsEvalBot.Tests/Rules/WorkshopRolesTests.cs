using TeamsEvalBot.Domain.Participants;
using TeamsEvalBot.Domain.Reconciliation;
using TeamsEvalBot.Domain.Workshops;
using static TeamsEvalBot.Tests.Cards.ProposalCardFixtures;

namespace TeamsEvalBot.Tests.Rules;

public sealed class WorkshopRolesTests
{
    private static readonly Workshop Workshop = NewWorkshop() with { Observers = [new Person("29:olive", "Olive Observer")] };

    private static readonly ImprovementAction Action = new("Publish the minutes", "Lewis Lead", PartnerOrganisation.NhsBoard, new Timescale("Ongoing"), ActionStatus.Planned) { LeadId = "29:lewis" };

    private static readonly ImprovementAction TypedLead = Action with { LeadId = null };

    [Theory]
    [InlineData("29:fiona", true, false)]
    [InlineData("29:olive", false, false)]
    [InlineData("29:anyone", false, true)]
    public void FacilitatorsFacilitate_ObserversNeitherFacilitateNorRate(string person, bool facilitates, bool rates)
    {
        Assert.Equal(facilitates, WorkshopRoles.MayFacilitate(Workshop, person));
        Assert.Equal(rates || person == "29:fiona", WorkshopRoles.MayRate(Workshop, person));
    }

    [Fact]
    public void RaterCount_LeavesObserversOut_WhetherTheyAreListedOrOnlyCounted()
    {
        var listed = NewWorkshop(members: 5) with { Observers = [new Person("29:olive", "Olive Observer"), new Person("29:oscar", "Oscar Observer")] };
        var oneLeft = listed with { Observers = [.. listed.Observers.Skip(1)] };
        var counted = NewWorkshop(members: 5) with { ObserverCount = 2 };

        Assert.Equal((2, 3), (listed.ObserverCount, listed.RaterCount));
        Assert.Equal((1, 4), (oneLeft.ObserverCount, oneLeft.RaterCount));
        Assert.Equal((0, 3), (counted.Observers.Count, counted.RaterCount));
    }

    [Fact]
    public void AFacilitator_CannotAlsoObserve()
    {
        Assert.False(WorkshopRoles.MayObserve(Workshop, "29:fiona"));
        Assert.True(WorkshopRoles.MayObserve(Workshop, "29:anyone"));
    }

    [Theory]
    [InlineData("29:lewis", true)]
    [InlineData("29:fiona", true)]
    [InlineData("29:other", false)]
    [InlineData("29:olive", false)]
    public void AnActionsStatus_IsChangedByItsLeadById_OrAFacilitator(string person, bool allowed) =>
        Assert.Equal(allowed, WorkshopRoles.MayChangeActionStatus(Workshop, Action, person));

    [Theory]
    [InlineData("29:lewis", false)]
    [InlineData("29:fiona", true)]
    public void ALeadTypedAsFreeText_IsOnlyAName_SoOnlyFacilitatorsChangeItsStatus(string person, bool allowed) =>
        Assert.Equal(allowed, WorkshopRoles.MayChangeActionStatus(Workshop, TypedLead, person));
}
