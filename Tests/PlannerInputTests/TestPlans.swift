import Foundation

/// Small self-contained plan texts for tests that need no files.
enum TestPlans {
    /// A minimal valid plan: one group, one daytime area, one evening forum, one venue, balanced
    /// rotation, a short calendar. `replacing` swaps exact text to break or extend it.
    static func minimal(replacing replacements: [(String, String)] = []) -> String {
        var text = """
            forum: FoCUS
            trust: Example Trust
            plan_year: 2027
            stamp: 2027-01-15
            groups:
              - id: surrey
                name: Surrey
                coordinators: [focus-coordinator]
                in_person_per_round: 1
            facilitators:
              - id: focus-coordinator
                name: FoCUS coordinator
                role: coordinator
            areas:
              - id: east-surrey
                name: East Surrey
                group: surrey
                expected_attendance: 25
              - id: surrey-wide-evening
                name: Surrey-wide evening forum
                kind: evening
                group: surrey
                expected_attendance: 40
            venues:
              - id: linden-road-community-centre
                name: Linden Road Community Centre
                area: east-surrey
                address: 21 Linden Road, Redhill
                postcode: RH1 1QG
                latitude: 51.2412
                longitude: -0.1668
                capacity: 60
                features: { step_free_access: yes, accessible_toilet: yes, hearing_loop_room: yes, wifi: yes }
            calendars:
              bank_holidays:
                - { date: 2027-05-31, name: Spring bank holiday }
              school_holidays:
                - { name: Summer half term 2027, from: 2027-05-31, to: 2027-06-04 }
            rotation:
              mode: balanced
            joining:
              url: https://meet.example.org/focus
              dial_in: Phone 0300 000 0000 (placeholder)
              mailbox: focus.forums@example.org

            """
        for (old, new) in replacements { text = text.replacingOccurrences(of: old, with: new) }
        return text
    }
}
