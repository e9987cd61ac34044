using KGraph.Model;

namespace KGraph.Extraction.Tests.Relations;

public class EnglishRelationRulesTests
{
    [Fact]
    public void AppositiveRoleOfAnOrganizationIsLeadership()
    {
        var result = Some.Extract("Maria Lopez, chief executive of Brightloop Inc., said the plan would work.", "a.en.txt");

        Assert.Equal(["maria-lopez LEADS brightloop-inc"], Some.Facts(result));
        Assert.Equal("CEO", Some.Fact(result, "maria-lopez", "LEADS", "brightloop-inc").Role);
    }

    [Fact]
    public void SpokesmanWorksAtTheOrganization()
    {
        var result = Some.Extract("\"We are pleased,\" said Tom Reed, a spokesman for Northwind Corp.", "a.en.txt");

        Assert.Equal(["tom-reed WORKS_AT northwind-corp"], Some.Facts(result));
    }

    [Fact]
    public void CityBasedCompanyIsHeadquarteredThere()
    {
        var result = Some.Extract("The Boston-based Northwind Corp. sued Brightloop Inc. in March 2024.", "a.en.txt");

        Assert.Equal(["northwind-corp HEADQUARTERED_IN boston", "northwind-corp SUED brightloop-inc"], Some.Facts(result));
        Assert.Equal("2024-03", Some.Fact(result, "northwind-corp", "SUED", "brightloop-inc").Start.ToString());
    }

    [Fact]
    public void CapitalisedWordsThatOpenASentenceAreNotNames()
    {
        var result = Some.Extract("Between 2019 and 2021, Northwind Corp. sued Brightloop Inc. Speaking in Oslo, Maria Lopez said little.", "a.en.txt");

        Assert.DoesNotContain(result.Entities, e => e.Name is "Between" or "Speaking");
        Assert.Equal(["northwind-corp SUED brightloop-inc"], Some.Facts(result));
    }

    [Fact]
    public void HedgedOrNegatedSuitIsNotAFact()
    {
        Assert.Equal(["northwind-corp SUED brightloop-inc"], Some.Facts(Some.Extract("Northwind Corp. later sued Brightloop Inc.", "a.en.txt")));
        Assert.Empty(Some.Extract("Northwind Corp. reportedly sued Brightloop Inc.", "a.en.txt").Relationships);
        Assert.Empty(Some.Extract("Northwind Corp. did not sue Brightloop Inc.", "a.en.txt").Relationships);
    }

    [Theory]
    [InlineData("The lawsuit claims that Northwind Labs is a unit of Brightloop Inc.")]
    [InlineData("Tom Reed alleges that Dana Voss controls Brightloop Inc.")]
    [InlineData("The filing alleged that Dana Voss met Tom Reed in Geneva.")]
    public void AnAllegationIsNotAFact(string sentence)
    {
        Assert.Empty(Some.Extract(sentence, "a.en.txt").Relationships);
    }

    [Fact]
    public void AnUntypedNameOfASuffixedOrganizationWorksThere()
    {
        var result = Some.Extract("The survey was led by Hanna Ostrova of Greywater University last spring.", "a.en.txt");

        Assert.Equal(["hanna-ostrova WORKS_AT greywater-university"], Some.Facts(result));
        Assert.Equal("en.works.name-of", Some.Fact(result, "hanna-ostrova", "WORKS_AT", "greywater-university").Evidence[0].Rule);
    }

    [Fact]
    public void APlacePossessiveWithASpaceBeforeTheApostropheIsTheHeadquarters()
    {
        var result = Some.Extract("Dancers of Chicago 's Lakeside Ballet Company toured all year .", "a.en.txt");

        Assert.Equal(["lakeside-ballet-company HEADQUARTERED_IN chicago"], Some.Facts(result));
    }

    [Fact]
    public void APlaceThatOwnsTheNextNameIsNoMemberOfTheListBeforeIt()
    {
        var result = Some.Extract("Dancers of the Velmont Ballet in Moscow and Leningrad's Kirov Ballet toured the country.", "a.en.txt");

        Assert.Equal(["kirov-ballet HEADQUARTERED_IN leningrad", "velmont-ballet HEADQUARTERED_IN moscow"], Some.Facts(result));
    }

    [Fact]
    public void AnAppositiveAfterAnUnspacedCommaStillNamesTheEmployer()
    {
        var result = Some.Extract("Gerald Ostrander, an expert on missiles at Bar-Ilan University, agrees that the problem is daunting.", "a.en.txt");

        Assert.Equal(["gerald-ostrander WORKS_AT bar-ilan-university"], Some.Facts(result));
    }

    [Fact]
    public void AnOrganisationDescribedByItsKindIsFoundedByTheNamesAfterByAndBasedWhereItSays()
    {
        var result = Some.Extract("Velmora was an influential Swedish film company established in 1929 by Schamyl Okafor and Gustaf Lindqvist. Harlow Media L.P. is a privately held media company headquartered in Midtown Manhattan.", "a.en.txt");

        Assert.Equal(["gustaf-lindqvist FOUNDED velmora", "harlow-media-l.p HEADQUARTERED_IN midtown-manhattan", "schamyl-okafor FOUNDED velmora"], Some.Facts(result));
        Assert.Equal(new PartialDate(1929), Some.Fact(result, "schamyl-okafor", "FOUNDED", "velmora").Start);
        Assert.Equal("en.founder.kind-founded-by", Some.Fact(result, "schamyl-okafor", "FOUNDED", "velmora").Evidence[0].Rule);
    }

    [Fact]
    public void ASentenceOpeningWithItContinuesTheLastOrganisation()
    {
        var result = Some.Extract("Harlow Media L.P. is a media company. It was founded by Michael Okafor in 1981.", "a.en.txt");

        var fact = Some.Fact(result, "michael-okafor", "FOUNDED", "harlow-media-l.p");
        Assert.Equal(new PartialDate(1981), fact.Start);
        Assert.Equal("It was founded by Michael Okafor in 1981.", fact.Evidence[0].Quote);
    }

    [Fact]
    public void WhatACompanySaysAboutAPersonDoesNotMakeThemItsEmployee()
    {
        Assert.Empty(Some.Facts(Some.Extract("Brightloop Inc. said Tom Reed had resigned from the board of Harlow Capital's charity.", "a.en.txt")));
        Assert.Equal(["dana-voss MET tom-reed"], Some.Facts(Some.Extract("Northwind Corp. opened a plant. It said Dana Voss met Tom Reed in Geneva.", "a.en.txt")));
    }

    [Fact]
    public void AResolvedHerBeforeADegreeStillReadsAsSchooling()
    {
        // "her" resolves to Dana Voss and is marked as a reference; the rule accepts a person's marker where a possessive stands.
        var result = Some.Extract("Dana Voss joined the lab in 2019. She received her master's degree from Cresthaven University.", "a.en.txt");

        Assert.Contains("dana-voss EDUCATED_AT cresthaven-university", Some.Facts(result));
    }
}
