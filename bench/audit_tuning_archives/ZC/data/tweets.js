window.YTD.tweets.part0 = [
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1977852472945835972"
          ],
          "editableUntil": "2025-10-13T22:42:30.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "98"
      ],
      "favorite_count": "0",
      "id_str": "1977852472945835972",
      "truncated": false,
      "retweet_count": "0",
      "id": "1977852472945835972",
      "created_at": "Mon Oct 13 21:42:30 +0000 2025",
      "favorited": false,
      "full_text": "Finished a chimney job in Titty Ho this week. yes its a real place, Northamptonshire, look it up 😂",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1972405234344485785"
          ],
          "editableUntil": "2025-09-28T21:57:08.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "40"
      ],
      "favorite_count": "31",
      "id_str": "1972405234344485785",
      "truncated": false,
      "retweet_count": "0",
      "id": "1972405234344485785",
      "created_at": "Sun Sep 28 20:57:08 +0000 2025",
      "favorited": false,
      "full_text": "5am start. flask filled. Harrogate again",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1969823437594275829"
          ],
          "editableUntil": "2025-09-21T18:57:59.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "107"
      ],
      "favorite_count": "4",
      "id_str": "1969823437594275829",
      "truncated": false,
      "retweet_count": "0",
      "id": "1969823437594275829",
      "created_at": "Sun Sep 21 17:57:59 +0000 2025",
      "favorited": false,
      "full_text": "Lost another job to a crew that cant string a sentence in English. cheap quotes, cheap people. send em back",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1968057052778537990"
          ],
          "editableUntil": "2025-09-16T21:59:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "81"
      ],
      "favorite_count": "0",
      "id_str": "1968057052778537990",
      "truncated": false,
      "retweet_count": "0",
      "id": "1968057052778537990",
      "created_at": "Tue Sep 16 20:59:00 +0000 2025",
      "favorited": false,
      "full_text": "Shot of the night: 121 checkout, T20 T11 D14. Team won 7-2 at the Cock &amp; Bottle 🎯",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1959588151219972490"
          ],
          "editableUntil": "2025-08-24T13:06:37.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "60"
      ],
      "favorite_count": "2",
      "id_str": "1959588151219972490",
      "truncated": false,
      "retweet_count": "0",
      "id": "1959588151219972490",
      "created_at": "Sun Aug 24 12:06:37 +0000 2025",
      "favorited": false,
      "full_text": "WHAT A F***ING LEG. 11 darter to win it. get in you beauty 🎯",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1957571441777842898"
          ],
          "editableUntil": "2025-08-18T23:32:56.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "106"
      ],
      "favorite_count": "4",
      "id_str": "1957571441777842898",
      "truncated": false,
      "retweet_count": "0",
      "id": "1957571441777842898",
      "created_at": "Mon Aug 18 22:32:56 +0000 2025",
      "favorited": false,
      "full_text": "Bloke at the oche barged me mid throw so I put him through the fruit machine. barred for a month. worth it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1957228693221835647"
          ],
          "editableUntil": "2025-08-18T00:50:58.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "143"
      ],
      "favorite_count": "3",
      "id_str": "1957228693221835647",
      "truncated": false,
      "retweet_count": "0",
      "id": "1957228693221835647",
      "created_at": "Sun Aug 17 23:50:58 +0000 2025",
      "favorited": false,
      "full_text": "new lass in the office at the yard wears them leggings every day. not complaining, been finding excuses to drop my timesheet in 3 times a day 👀",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1956339479975568987"
          ],
          "editableUntil": "2025-08-15T13:57:33.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "85"
      ],
      "favorite_count": "2",
      "id_str": "1956339479975568987",
      "truncated": false,
      "retweet_count": "0",
      "id": "1956339479975568987",
      "created_at": "Fri Aug 15 12:57:33 +0000 2025",
      "favorited": false,
      "full_text": "Ronnie smashed a 147 in 5 mins 8 secs back in 97. still the greatest to pick up a cue",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1955707938108533347"
          ],
          "editableUntil": "2025-08-13T20:08:02.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "82"
      ],
      "favorite_count": "1",
      "id_str": "1955707938108533347",
      "truncated": false,
      "retweet_count": "0",
      "id": "1955707938108533347",
      "created_at": "Wed Aug 13 19:08:02 +0000 2025",
      "favorited": false,
      "full_text": "Lads lifted 40 tubes off Bramwells yard last night. gate was open, their loss 🤷‍♂️",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1953968769146828935"
          ],
          "editableUntil": "2025-08-09T00:57:12.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "119"
      ],
      "favorite_count": "31",
      "id_str": "1953968769146828935",
      "truncated": false,
      "retweet_count": "0",
      "id": "1953968769146828935",
      "created_at": "Fri Aug 08 23:57:12 +0000 2025",
      "favorited": false,
      "full_text": "Company says no money for new boards this year while the owner posts pics of his new Range Rover. tight as a ducks arse",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1953936934225013930"
          ],
          "editableUntil": "2025-08-08T22:50:42.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "138"
      ],
      "favorite_count": "7",
      "id_str": "1953936934225013930",
      "truncated": false,
      "retweet_count": "0",
      "id": "1953936934225013930",
      "created_at": "Fri Aug 08 21:50:42 +0000 2025",
      "favorited": false,
      "full_text": "If any of you lot got the dodgy batch of couplers from the Ossett supplier they're swapping them free, ring their trade line 0113 496 0521",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1952290153076149128"
          ],
          "editableUntil": "2025-08-04T09:46:58.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "158"
      ],
      "favorite_count": "0",
      "id_str": "1952290153076149128",
      "truncated": false,
      "retweet_count": "0",
      "id": "1952290153076149128",
      "created_at": "Mon Aug 04 08:46:58 +0000 2025",
      "favorited": false,
      "full_text": "Site manager on the Sheffield job couldnt organise a p*ss up in a brewery. 3rd time this week stood round for 2 hours waiting for a delivery he forgot to book",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1945101333398318622"
          ],
          "editableUntil": "2025-07-15T13:41:10.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "138"
      ],
      "favorite_count": "0",
      "id_str": "1945101333398318622",
      "truncated": false,
      "retweet_count": "0",
      "id": "1945101333398318622",
      "created_at": "Tue Jul 15 12:41:10 +0000 2025",
      "favorited": false,
      "full_text": "Found out the new lad is on £18 an hour &amp; I'm on £15.50 after 9 years. gaffer left the wage sheet on the dashboard, got a photo of the lot",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1941757699073500731"
          ],
          "editableUntil": "2025-07-06T08:14:46.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "108"
      ],
      "favorite_count": "2",
      "id_str": "1941757699073500731",
      "truncated": false,
      "retweet_count": "0",
      "id": "1941757699073500731",
      "created_at": "Sun Jul 06 07:14:46 +0000 2025",
      "favorited": false,
      "full_text": "Next time that tosser on the Leeds job touches my harness I'm putting his head through a board. Been warned.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1938731709246735451"
          ],
          "editableUntil": "2025-06-27T23:50:34.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "85"
      ],
      "favorite_count": "2",
      "id_str": "1938731709246735451",
      "truncated": false,
      "retweet_count": "0",
      "id": "1938731709246735451",
      "created_at": "Fri Jun 27 22:50:34 +0000 2025",
      "favorited": false,
      "full_text": "That MP got absolutely destroyed on Question Time over the housing figures. squirming",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1934587315669124528"
          ],
          "editableUntil": "2025-06-16T13:22:13.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "83"
      ],
      "favorite_count": "31",
      "id_str": "1934587315669124528",
      "truncated": false,
      "retweet_count": "0",
      "id": "1934587315669124528",
      "created_at": "Mon Jun 16 12:22:13 +0000 2025",
      "favorited": false,
      "full_text": "Watched that doc on the Krays. mad that people round there thought they were heroes",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1934510255188854005"
          ],
          "editableUntil": "2025-06-16T08:16:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "119"
      ],
      "favorite_count": "7",
      "id_str": "1934510255188854005",
      "truncated": false,
      "retweet_count": "0",
      "id": "1934510255188854005",
      "created_at": "Mon Jun 16 07:16:00 +0000 2025",
      "favorited": false,
      "full_text": "We're going in at £2.3m for the whole hospital refurb in Pontefract, bid goes in Friday. Bramwells wont get near that 🤫",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1930712588612968968"
          ],
          "editableUntil": "2025-06-05T20:45:26.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Caz W",
            "screen_name": "cazzaw82",
            "indices": [
              "0",
              "9"
            ],
            "id_str": "203425538715480439",
            "id": "203425538715480439"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "10",
        "138"
      ],
      "favorite_count": "3",
      "id_str": "1930712588612968968",
      "truncated": false,
      "retweet_count": "0",
      "id": "1930712588612968968",
      "created_at": "Thu Jun 05 19:45:26 +0000 2025",
      "favorited": false,
      "full_text": "@cazzaw82 kids are at St Marys till 3.15 then at my mams, I'll get them at half 5. house is empty till then so leave the key under the mat",
      "lang": "en",
      "in_reply_to_status_id_str": "1930711797465464536",
      "in_reply_to_status_id": "1930711797465464536",
      "in_reply_to_user_id": "203425538715480439",
      "in_reply_to_user_id_str": "203425538715480439",
      "in_reply_to_screen_name": "cazzaw82"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1922427677167399044"
          ],
          "editableUntil": "2025-05-14T00:04:09.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "105"
      ],
      "favorite_count": "3",
      "id_str": "1922427677167399044",
      "truncated": false,
      "retweet_count": "0",
      "id": "1922427677167399044",
      "created_at": "Tue May 13 23:04:09 +0000 2025",
      "favorited": false,
      "full_text": "12 pints &amp; 3 jägers deep at the darts, still hit a 140. cant feel my face. up at 6 for a job in Leeds lol",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1919834939568532232"
          ],
          "editableUntil": "2025-05-06T20:21:33.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Brynmoor Scaffolding Ltd",
            "screen_name": "BrynmoorScaff",
            "indices": [
              "0",
              "14"
            ],
            "id_str": "437980329502802409",
            "id": "437980329502802409"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "15",
        "102"
      ],
      "favorite_count": "7",
      "id_str": "1919834939568532232",
      "truncated": false,
      "retweet_count": "0",
      "id": "1919834939568532232",
      "created_at": "Tue May 06 19:21:33 +0000 2025",
      "favorited": false,
      "full_text": "@BrynmoorScaff maybe pay your lads on time before posting about \"our valued team\". 3 weeks late again.",
      "lang": "en",
      "in_reply_to_status_id_str": "1919828049500480234",
      "in_reply_to_status_id": "1919828049500480234",
      "in_reply_to_user_id": "437980329502802409",
      "in_reply_to_user_id_str": "437980329502802409",
      "in_reply_to_screen_name": "BrynmoorScaff"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1914817909403506708"
          ],
          "editableUntil": "2025-04-23T00:05:39.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "46"
      ],
      "favorite_count": "4",
      "id_str": "1914817909403506708",
      "truncated": false,
      "retweet_count": "0",
      "id": "1914817909403506708",
      "created_at": "Tue Apr 22 23:05:39 +0000 2025",
      "favorited": false,
      "full_text": "Vote how you like but vote. polls open till 10",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1914796383604842479"
          ],
          "editableUntil": "2025-04-22T22:40:07.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "113"
      ],
      "favorite_count": "3",
      "id_str": "1914796383604842479",
      "truncated": false,
      "retweet_count": "0",
      "id": "1914796383604842479",
      "created_at": "Tue Apr 22 21:40:07 +0000 2025",
      "favorited": false,
      "full_text": "Women on scaffolds, fine, whatever. but dont cry when you break a nail on a double coupler. just not built for it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1911568909834351810"
          ],
          "editableUntil": "2025-04-14T00:55:17.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "102"
      ],
      "favorite_count": "2",
      "id_str": "1911568909834351810",
      "truncated": false,
      "retweet_count": "0",
      "id": "1911568909834351810",
      "created_at": "Sun Apr 13 23:55:17 +0000 2025",
      "favorited": false,
      "full_text": "Lads had a cheeky ❄️ in the van at dinner on the Harrogate job, quickest strike we've done all month 😂",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1911178272829529074"
          ],
          "editableUntil": "2025-04-12T23:03:02.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "51"
      ],
      "favorite_count": "1",
      "id_str": "1911178272829529074",
      "truncated": false,
      "retweet_count": "0",
      "id": "1911178272829529074",
      "created_at": "Sat Apr 12 22:03:02 +0000 2025",
      "favorited": false,
      "full_text": "Littler at 18 &gt; Taylor at 18 and its not even close",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1910118504975987815"
          ],
          "editableUntil": "2025-04-10T00:51:54.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "77"
      ],
      "favorite_count": "1",
      "id_str": "1910118504975987815",
      "truncated": false,
      "retweet_count": "0",
      "id": "1910118504975987815",
      "created_at": "Wed Apr 09 23:51:54 +0000 2025",
      "favorited": false,
      "full_text": "Happy birthday to my lad, 14 today &amp; taller than me already. proud of you son",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1909715251591773196"
          ],
          "editableUntil": "2025-04-08T22:09:31.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "32"
      ],
      "favorite_count": "12",
      "id_str": "1909715251591773196",
      "truncated": false,
      "retweet_count": "0",
      "id": "1909715251591773196",
      "created_at": "Tue Apr 08 21:09:31 +0000 2025",
      "favorited": false,
      "full_text": "wtf is this government doing ffs",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1902807927811563204"
          ],
          "editableUntil": "2025-03-20T20:42:17.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "76"
      ],
      "favorite_count": "2",
      "id_str": "1902807927811563204",
      "truncated": false,
      "retweet_count": "0",
      "id": "1902807927811563204",
      "created_at": "Thu Mar 20 19:42:17 +0000 2025",
      "favorited": false,
      "full_text": "Screwfix order 40221778 still not turned up. 3 weeks. might just drive there",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1902238716126018371"
          ],
          "editableUntil": "2025-03-19T07:00:26.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "109"
      ],
      "favorite_count": "2",
      "id_str": "1902238716126018371",
      "truncated": false,
      "retweet_count": "0",
      "id": "1902238716126018371",
      "created_at": "Wed Mar 19 06:00:26 +0000 2025",
      "favorited": false,
      "full_text": "Old bill behind me on the M62 doing 100 so I came off at Brighouse &amp; lost em in the back lanes 😂 still got it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1882513628652811955"
          ],
          "editableUntil": "2025-01-23T20:39:59.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "144"
      ],
      "favorite_count": "1",
      "id_str": "1882513628652811955",
      "truncated": false,
      "retweet_count": "0",
      "id": "1882513628652811955",
      "created_at": "Thu Jan 23 19:39:59 +0000 2025",
      "favorited": false,
      "full_text": "Scaffolded the back of that empty unit on Station Rd. its gonna be a Lidl, opening March, saw the drawings in the cabin. you heard it here first",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1878943368517613330"
          ],
          "editableUntil": "2025-01-14T00:13:02.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "54"
      ],
      "favorite_count": "0",
      "id_str": "1878943368517613330",
      "truncated": false,
      "retweet_count": "0",
      "id": "1878943368517613330",
      "created_at": "Mon Jan 13 23:13:02 +0000 2025",
      "favorited": false,
      "full_text": "anyone round Wakefield sort us a 🍃 half tonight, dm me",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1867091408805754507"
          ],
          "editableUntil": "2024-12-12T07:17:35.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "48"
      ],
      "favorite_count": "7",
      "id_str": "1867091408805754507",
      "truncated": false,
      "retweet_count": "0",
      "id": "1867091408805754507",
      "created_at": "Thu Dec 12 06:17:35 +0000 2024",
      "favorited": false,
      "full_text": "Scunthorpe open tomorrow, 64 boards. whos coming",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1861854680599484109"
          ],
          "editableUntil": "2024-11-27T20:28:42.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "111"
      ],
      "favorite_count": "2",
      "id_str": "1861854680599484109",
      "truncated": false,
      "retweet_count": "0",
      "id": "1861854680599484109",
      "created_at": "Wed Nov 27 19:28:42 +0000 2024",
      "favorited": false,
      "full_text": "Selling my darts league ticket for the finals, £40. ring or text 07700 900412 or email deanwhitlock81@gmail.com",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1855306343341900072"
          ],
          "editableUntil": "2024-11-09T18:47:56.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "84"
      ],
      "favorite_count": "1",
      "id_str": "1855306343341900072",
      "truncated": false,
      "retweet_count": "0",
      "id": "1855306343341900072",
      "created_at": "Sat Nov 09 17:47:56 +0000 2024",
      "favorited": false,
      "full_text": "Beer battered haddock &amp; chips at the Magpie in Whitby. best in the country dont @ me",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1836013136110013101"
          ],
          "editableUntil": "2024-09-17T13:03:37.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "121"
      ],
      "favorite_count": "1",
      "id_str": "1836013136110013101",
      "truncated": false,
      "retweet_count": "0",
      "id": "1836013136110013101",
      "created_at": "Tue Sep 17 12:03:37 +0000 2024",
      "favorited": false,
      "full_text": "Cracked 3 ribs in 2019 falling off a ladder with no harness. now I tell every apprentice: clip on, every lift, every time",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1833140310951421953"
          ],
          "editableUntil": "2024-09-09T14:48:02.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "107"
      ],
      "favorite_count": "1",
      "id_str": "1833140310951421953",
      "truncated": false,
      "retweet_count": "0",
      "id": "1833140310951421953",
      "created_at": "Mon Sep 09 13:48:02 +0000 2024",
      "favorited": false,
      "full_text": "Still steaming from last night. clipped onto the wrong ledger twice this morning, foreman none the wiser 🍺🍺",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1832119950224325087"
          ],
          "editableUntil": "2024-09-06T19:13:29.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Scaffolding Banter",
            "screen_name": "ScaffBanterUK",
            "indices": [
              "3",
              "17"
            ],
            "id_str": "854539240521521986",
            "id": "854539240521521986"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "66"
      ],
      "favorite_count": "0",
      "id_str": "1832119950224325087",
      "truncated": false,
      "retweet_count": "53",
      "id": "1832119950224325087",
      "created_at": "Fri Sep 06 18:13:29 +0000 2024",
      "favorited": false,
      "full_text": "RT @ScaffBanterUK: Scaffolders do it higher up &amp; stay up longer 😉🍆",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1830233126129224669"
          ],
          "editableUntil": "2024-09-01T14:15:56.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "105"
      ],
      "favorite_count": "1",
      "id_str": "1830233126129224669",
      "truncated": false,
      "retweet_count": "0",
      "id": "1830233126129224669",
      "created_at": "Sun Sep 01 13:15:56 +0000 2024",
      "favorited": false,
      "full_text": "Passport finally come back for Benidorm!! 531927846, exp 2035 &amp; the photo is a crime against humanity 😂🇪🇸",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1826383726155671747"
          ],
          "editableUntil": "2024-08-21T23:19:47.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "64"
      ],
      "favorite_count": "2",
      "id_str": "1826383726155671747",
      "truncated": false,
      "retweet_count": "0",
      "id": "1826383726155671747",
      "created_at": "Wed Aug 21 22:19:47 +0000 2024",
      "favorited": false,
      "full_text": "Practice 501 till your arm drops off. thats the secret, no magic",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1824541722057608996"
          ],
          "editableUntil": "2024-08-16T21:20:19.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "119"
      ],
      "favorite_count": "31",
      "id_str": "1824541722057608996",
      "truncated": false,
      "retweet_count": "0",
      "id": "1824541722057608996",
      "created_at": "Fri Aug 16 20:20:19 +0000 2024",
      "favorited": false,
      "full_text": "Gaffer asked me to find another labourer. told him I'll take anyone but not another one who needs 5 prayer breaks a day",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1816752711652814033"
          ],
          "editableUntil": "2024-07-26T09:29:34.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "126"
      ],
      "favorite_count": "1",
      "id_str": "1816752711652814033",
      "truncated": false,
      "retweet_count": "0",
      "id": "1816752711652814033",
      "created_at": "Fri Jul 26 08:29:34 +0000 2024",
      "favorited": false,
      "full_text": "Blue tits nesting in the end of a tube at the yard again. lads have put a sign up, no one touch that bundle till they fledge 🐦",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1810442541944276718"
          ],
          "editableUntil": "2024-07-08T23:35:13.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "64"
      ],
      "favorite_count": "0",
      "id_str": "1810442541944276718",
      "truncated": false,
      "retweet_count": "0",
      "id": "1810442541944276718",
      "created_at": "Mon Jul 08 22:35:13 +0000 2024",
      "favorited": false,
      "full_text": "Council tax up 5% again. bins every 3 weeks. wheres it all going",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1799857165411999580"
          ],
          "editableUntil": "2024-06-09T18:32:42.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "100"
      ],
      "favorite_count": "7",
      "id_str": "1799857165411999580",
      "truncated": false,
      "retweet_count": "0",
      "id": "1799857165411999580",
      "created_at": "Sun Jun 09 17:32:42 +0000 2024",
      "favorited": false,
      "full_text": "£70 fine from the council for parking outside my own house 10 mins to unload tubes. daylight robbery",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1794499656649476689"
          ],
          "editableUntil": "2024-05-25T23:43:52.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "104"
      ],
      "favorite_count": "1",
      "id_str": "1794499656649476689",
      "truncated": false,
      "retweet_count": "0",
      "id": "1794499656649476689",
      "created_at": "Sat May 25 22:43:52 +0000 2024",
      "favorited": false,
      "full_text": "Drove home from the Crown after 6 pints, took the back lanes so the old bill couldnt clock me. pro tip 😎",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1794129426260446116"
          ],
          "editableUntil": "2024-05-24T23:12:43.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "81"
      ],
      "favorite_count": "4",
      "id_str": "1794129426260446116",
      "truncated": false,
      "retweet_count": "0",
      "id": "1794129426260446116",
      "created_at": "Fri May 24 22:12:43 +0000 2024",
      "favorited": false,
      "full_text": "Boarding pass done ✈️ LS1881 LBA-ALC seat 14C ref QX7P2M. see you at the bar lads",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1788252893049495485"
          ],
          "editableUntil": "2024-05-08T18:01:28.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "86"
      ],
      "favorite_count": "3",
      "id_str": "1788252893049495485",
      "truncated": false,
      "retweet_count": "0",
      "id": "1788252893049495485",
      "created_at": "Wed May 08 17:01:28 +0000 2024",
      "favorited": false,
      "full_text": "Flight LS811 delayed 3 hrs, sat in Leeds Bradford eating a £9 panini. living the dream",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1787397168349941298"
          ],
          "editableUntil": "2024-05-06T09:21:07.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "107"
      ],
      "favorite_count": "2",
      "id_str": "1787397168349941298",
      "truncated": false,
      "retweet_count": "0",
      "id": "1787397168349941298",
      "created_at": "Mon May 06 08:21:07 +0000 2024",
      "favorited": false,
      "full_text": "Word from the office is theyre letting 12 of us go after Christmas. not announced yet so act surprised lads",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1785037391505954484"
          ],
          "editableUntil": "2024-04-29T21:04:13.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Taz 🎯",
            "screen_name": "tazza180",
            "indices": [
              "0",
              "9"
            ],
            "id_str": "43194105327130786",
            "id": "43194105327130786"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "10",
        "88"
      ],
      "favorite_count": "2",
      "id_str": "1785037391505954484",
      "truncated": false,
      "retweet_count": "0",
      "id": "1785037391505954484",
      "created_at": "Mon Apr 29 20:04:13 +0000 2024",
      "favorited": false,
      "full_text": "@tazza180 that new barmaid at the legion 🍑🍑 if she's reading this my DMs are open love 😉",
      "lang": "en",
      "in_reply_to_status_id_str": "1785030183936444546",
      "in_reply_to_status_id": "1785030183936444546",
      "in_reply_to_user_id": "43194105327130786",
      "in_reply_to_user_id_str": "43194105327130786",
      "in_reply_to_screen_name": "tazza180"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1784865735707288858"
          ],
          "editableUntil": "2024-04-29T09:42:07.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "53"
      ],
      "favorite_count": "1",
      "id_str": "1784865735707288858",
      "truncated": false,
      "retweet_count": "0",
      "id": "1784865735707288858",
      "created_at": "Mon Apr 29 08:42:07 +0000 2024",
      "favorited": false,
      "full_text": "New 23g tungstens arrived. feel lovely in the hand &lt;3",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1780125784383082135"
          ],
          "editableUntil": "2024-04-16T07:47:14.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "94"
      ],
      "favorite_count": "4",
      "id_str": "1780125784383082135",
      "truncated": false,
      "retweet_count": "0",
      "id": "1780125784383082135",
      "created_at": "Tue Apr 16 06:47:14 +0000 2024",
      "favorited": false,
      "full_text": "Phil Taylor used to murder people on that Circus Tavern stage. 16 world titles. still the goat",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1778851997472845344"
          ],
          "editableUntil": "2024-04-12T19:25:40.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "83"
      ],
      "favorite_count": "2",
      "id_str": "1778851997472845344",
      "truncated": false,
      "retweet_count": "0",
      "id": "1778851997472845344",
      "created_at": "Fri Apr 12 18:25:40 +0000 2024",
      "favorited": false,
      "full_text": "Weeded the garden, mowed the lawn, repointed the wall. missus happy, back knackered",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1774925696811176973"
          ],
          "editableUntil": "2024-04-01T23:23:57.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Micky",
            "screen_name": "mickyboy_wfd",
            "indices": [
              "0",
              "13"
            ],
            "id_str": "182044052057518461",
            "id": "182044052057518461"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "14",
        "112"
      ],
      "favorite_count": "0",
      "id_str": "1774925696811176973",
      "truncated": false,
      "retweet_count": "0",
      "id": "1774925696811176973",
      "created_at": "Mon Apr 01 22:23:57 +0000 2024",
      "favorited": false,
      "full_text": "@mickyboy_wfd wouldnt let my flat to anyone off that estate in Castleford, you know what theyre like round there",
      "lang": "en",
      "in_reply_to_status_id_str": "1774923791518641928",
      "in_reply_to_status_id": "1774923791518641928",
      "in_reply_to_user_id": "182044052057518461",
      "in_reply_to_user_id_str": "182044052057518461",
      "in_reply_to_screen_name": "mickyboy_wfd"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1773625736204633978"
          ],
          "editableUntil": "2024-03-29T09:18:22.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "98"
      ],
      "favorite_count": "2",
      "id_str": "1773625736204633978",
      "truncated": false,
      "retweet_count": "0",
      "id": "1773625736204633978",
      "created_at": "Fri Mar 29 08:18:22 +0000 2024",
      "favorited": false,
      "full_text": "Missus is at her sisters all weekend so its just me, the telly &amp; a very specific search history 🍆💦",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1772312745727297017"
          ],
          "editableUntil": "2024-03-25T18:21:01.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Darts News UK",
            "screen_name": "DartsNewsUK",
            "indices": [
              "3",
              "15"
            ],
            "id_str": "241711042489112753",
            "id": "241711042489112753"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "74"
      ],
      "favorite_count": "0",
      "id_str": "1772312745727297017",
      "truncated": false,
      "retweet_count": "54",
      "id": "1772312745727297017",
      "created_at": "Mon Mar 25 17:21:01 +0000 2024",
      "favorited": false,
      "full_text": "RT @DartsNewsUK: NINE-DARTER at Ally Pally!! Luke Littler does it again 🎯🔥",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1768375942070475794"
          ],
          "editableUntil": "2024-03-14T21:37:34.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "112"
      ],
      "favorite_count": "0",
      "id_str": "1768375942070475794",
      "truncated": false,
      "retweet_count": "0",
      "id": "1768375942070475794",
      "created_at": "Thu Mar 14 20:37:34 +0000 2024",
      "favorited": false,
      "full_text": "Love how our director calls it an \"exciting opportunity for growth\" when he means Saturdays for no extra. Clown.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1767999621681280480"
          ],
          "editableUntil": "2024-03-13T20:42:12.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "69"
      ],
      "favorite_count": "1",
      "id_str": "1767999621681280480",
      "truncated": false,
      "retweet_count": "0",
      "id": "1767999621681280480",
      "created_at": "Wed Mar 13 19:42:12 +0000 2024",
      "favorited": false,
      "full_text": "Proper hammered them in the league final. 5-0 whitewash. cup's ours 🏆",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1766084020983296342"
          ],
          "editableUntil": "2024-03-08T13:50:17.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "124"
      ],
      "favorite_count": "31",
      "id_str": "1766084020983296342",
      "truncated": false,
      "retweet_count": "0",
      "id": "1766084020983296342",
      "created_at": "Fri Mar 08 12:50:17 +0000 2024",
      "favorited": false,
      "full_text": "Client on the Otley job wants the tin hat moved because it \"spoils her view\". Its a roof job love. Thick as two short planks",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1760557873832295401"
          ],
          "editableUntil": "2024-02-22T07:51:21.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Darts Geezer",
            "screen_name": "darts_geezer",
            "indices": [
              "0",
              "13"
            ],
            "id_str": "204117391785149198",
            "id": "204117391785149198"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "14",
        "58"
      ],
      "favorite_count": "12",
      "id_str": "1760557873832295401",
      "truncated": false,
      "retweet_count": "0",
      "id": "1760557873832295401",
      "created_at": "Thu Feb 22 06:51:21 +0000 2024",
      "favorited": false,
      "full_text": "@darts_geezer stfu mate he's never won a major in his life",
      "lang": "en",
      "in_reply_to_status_id_str": "1760552457640722858",
      "in_reply_to_status_id": "1760552457640722858",
      "in_reply_to_user_id": "204117391785149198",
      "in_reply_to_user_id_str": "204117391785149198",
      "in_reply_to_screen_name": "darts_geezer"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1760389327566671605"
          ],
          "editableUntil": "2024-02-21T20:41:36.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "88"
      ],
      "favorite_count": "0",
      "id_str": "1760389327566671605",
      "truncated": false,
      "retweet_count": "0",
      "id": "1760389327566671605",
      "created_at": "Wed Feb 21 19:41:36 +0000 2024",
      "favorited": false,
      "full_text": "Anyone recommend a decent physio in Wakefield for a shoulder? asking for my throwing arm",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1754941692528473948"
          ],
          "editableUntil": "2024-02-06T19:54:39.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "84"
      ],
      "favorite_count": "1",
      "id_str": "1754941692528473948",
      "truncated": false,
      "retweet_count": "0",
      "id": "1754941692528473948",
      "created_at": "Tue Feb 06 18:54:39 +0000 2024",
      "favorited": false,
      "full_text": "Doc's put me on codeine for the back. 2 weeks of Homes Under the Hammer, pray for me",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1754022139272230711"
          ],
          "editableUntil": "2024-02-04T07:00:40.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Taz 🎯",
            "screen_name": "tazza180",
            "indices": [
              "0",
              "9"
            ],
            "id_str": "43194105327130786",
            "id": "43194105327130786"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "10",
        "51"
      ],
      "favorite_count": "1",
      "id_str": "1754022139272230711",
      "truncated": false,
      "retweet_count": "0",
      "id": "1754022139272230711",
      "created_at": "Sun Feb 04 06:00:40 +0000 2024",
      "favorited": false,
      "full_text": "@tazza180 see you Thursday, bring the spare flights",
      "lang": "en",
      "in_reply_to_status_id_str": "1754015756769323506",
      "in_reply_to_status_id": "1754015756769323506",
      "in_reply_to_user_id": "43194105327130786",
      "in_reply_to_user_id_str": "43194105327130786",
      "in_reply_to_screen_name": "tazza180"
    }
  }
]