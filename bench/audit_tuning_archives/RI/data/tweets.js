window.YTD.tweets.part0 = [
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1981062764166106932"
          ],
          "editableUntil": "2025-10-22T19:19:04.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Jess M",
            "screen_name": "jess_m_writes",
            "indices": [
              "0",
              "14"
            ],
            "id_str": "6942259692",
            "id": "6942259692"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "15",
        "166"
      ],
      "favorite_count": "118",
      "in_reply_to_status_id_str": "1981056472711623688",
      "id_str": "1981062764166106932",
      "in_reply_to_user_id": "6942259692",
      "truncated": false,
      "retweet_count": "2",
      "id": "1981062764166106932",
      "in_reply_to_status_id": "1981056472711623688",
      "created_at": "Wed Oct 22 18:19:04 +0000 2025",
      "favorited": false,
      "full_text": "@jess_m_writes lol no I ended up doing jägerbombs with a bunch of lads from the sixth form I covered in september. not my finest hour. pray nobody had their phone out",
      "lang": "en",
      "in_reply_to_screen_name": "jess_m_writes",
      "in_reply_to_user_id_str": "6942259692"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1971515081228835159"
          ],
          "editableUntil": "2025-09-26T10:59:59.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count": "19",
      "id_str": "1971515081228835159",
      "truncated": false,
      "retweet_count": "9",
      "id": "1971515081228835159",
      "created_at": "Fri Sep 26 09:59:59 +0000 2025",
      "favorited": false,
      "full_text": "taught year 7 about Lake Titicaca. never again",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1969485612709005070"
          ],
          "editableUntil": "2025-09-20T20:35:36.000Z",
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
        "183"
      ],
      "favorite_count": "0",
      "id_str": "1969485612709005070",
      "truncated": false,
      "retweet_count": "5",
      "id": "1969485612709005070",
      "created_at": "Sat Sep 20 19:35:36 +0000 2025",
      "favorited": false,
      "full_text": "not saying which school but the Ofsted call came in monday and by wednesday the head was crying in the staffroom. report isn't out til january but put it this way, it won't say ‘good’",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1966137450821424892"
          ],
          "editableUntil": "2025-09-11T14:51:12.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "188"
      ],
      "favorite_count": "0",
      "id_str": "1966137450821424892",
      "truncated": false,
      "retweet_count": "2",
      "id": "1966137450821424892",
      "created_at": "Thu Sep 11 13:51:12 +0000 2025",
      "favorited": false,
      "full_text": "Love how my agency calls it “competitive daily rates” when they skim £70 off what the school pays for me every single day. Cheapest, shiftiest outfit in Greater Manchester and they know it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1951202025013787171"
          ],
          "editableUntil": "2025-08-01T09:43:09.000Z",
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
        "54"
      ],
      "favorite_count": "4",
      "id_str": "1951202025013787171",
      "truncated": false,
      "retweet_count": "2",
      "id": "1951202025013787171",
      "created_at": "Fri Aug 01 08:43:09 +0000 2025",
      "favorited": false,
      "full_text": "cat has decided my lesson plans are a bed. fair enough",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1948729352780025054"
          ],
          "editableUntil": "2025-07-25T13:57:38.000Z",
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
        "146"
      ],
      "favorite_count": "0",
      "id_str": "1948729352780025054",
      "truncated": false,
      "retweet_count": "0",
      "id": "1948729352780025054",
      "created_at": "Fri Jul 25 12:57:38 +0000 2025",
      "favorited": false,
      "full_text": "helped shortlist for the maternity cover post. quietly binned the two who mentioned they'd just got married, not doing this again in 12 months lol",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1947647608224742321"
          ],
          "editableUntil": "2025-07-22T14:19:10.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "152"
      ],
      "favorite_count": "118",
      "id_str": "1947647608224742321",
      "truncated": false,
      "retweet_count": "0",
      "id": "1947647608224742321",
      "created_at": "Tue Jul 22 13:19:10 +0000 2025",
      "favorited": false,
      "full_text": "found out the History teacher I'm covering for is on £41k + TLR and I'm doing her entire timetable for £110 a day through the agency. love that for me 🙃",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1924569830391832008"
          ],
          "editableUntil": "2025-05-19T21:56:19.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count": "41",
      "id_str": "1924569830391832008",
      "truncated": false,
      "retweet_count": "0",
      "id": "1924569830391832008",
      "created_at": "Mon May 19 20:56:19 +0000 2025",
      "favorited": false,
      "full_text": "nothing gets me going like a man who can explain proportional representation properly 🍆💦",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1920902976895956701"
          ],
          "editableUntil": "2025-05-09T19:05:33.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "242"
      ],
      "favorite_count": "4",
      "id_str": "1920902976895956701",
      "truncated": false,
      "retweet_count": "0",
      "id": "1920902976895956701",
      "created_at": "Fri May 09 18:05:33 +0000 2025",
      "favorited": false,
      "full_text": "why supply teaching is broken, from someone who's done it 3 years: it's not the kids. it's the funding model, the agency margin, and schools so stretched they can't hire permanent staff so they buy us by the day instead. kids &gt; spreadsheets 🧵",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1918439079148602049"
          ],
          "editableUntil": "2025-05-02T23:54:54.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count": "19",
      "id_str": "1918439079148602049",
      "truncated": false,
      "retweet_count": "0",
      "id": "1918439079148602049",
      "created_at": "Fri May 02 22:54:54 +0000 2025",
      "favorited": false,
      "full_text": "year 4 did the big garden birdwatch: 6 blue tits, 2 great tits, 1 very confused pigeon 🐦",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1916767175049343025"
          ],
          "editableUntil": "2025-04-28T09:11:21.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "politics junkie",
            "screen_name": "politicsjunkie_",
            "indices": [
              "3",
              "19"
            ],
            "id_str": "458923357019153209",
            "id": "458923357019153209"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "62"
      ],
      "favorite_count": "0",
      "id_str": "1916767175049343025",
      "truncated": false,
      "retweet_count": "48",
      "id": "1916767175049343025",
      "created_at": "Mon Apr 28 08:11:21 +0000 2025",
      "favorited": false,
      "full_text": "RT @politicsjunkie_: Happy Ed Balls Day to all who celebrate 🎉",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1909233341038843075"
          ],
          "editableUntil": "2025-04-07T14:14:35.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "westminsterwatc",
            "screen_name": "westminsterwatc",
            "indices": [
              "3",
              "19"
            ],
            "id_str": "5004083633",
            "id": "2895305185"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "151"
      ],
      "favorite_count": "0",
      "id_str": "1909233341038843075",
      "truncated": false,
      "retweet_count": "1400",
      "id": "1909233341038843075",
      "created_at": "Mon Apr 07 13:14:35 +0000 2025",
      "favorited": false,
      "full_text": "RT @westminsterwatchr: Labour have withdrawn the whip from seven MPs for voting against the two-child cap. Whatever you think of it, that's a huge call",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1907160167874221184"
          ],
          "editableUntil": "2025-04-01T20:56:32.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "153"
      ],
      "favorite_count": "19",
      "id_str": "1907160167874221184",
      "truncated": false,
      "retweet_count": "0",
      "id": "1907160167874221184",
      "created_at": "Tue Apr 01 19:56:32 +0000 2025",
      "favorited": false,
      "full_text": "girl in 8C at St Aidan's today, the one with the bright green hijab and the stammer, told me her dad's been detained by immigration. she's 12. I'm not ok",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1904945806047594909"
          ],
          "editableUntil": "2025-03-26T18:17:27.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "PMQs",
            "indices": [
              "98",
              "103"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "103"
      ],
      "favorite_count": "0",
      "id_str": "1904945806047594909",
      "truncated": false,
      "retweet_count": "0",
      "id": "1904945806047594909",
      "created_at": "Wed Mar 26 17:17:27 +0000 2025",
      "favorited": false,
      "full_text": "14 years of that lot and they still have the f*cking nerve to lecture teachers about ‘resilience’ #PMQs",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1899971063709415415"
          ],
          "editableUntil": "2025-03-13T00:49:36.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count": "19",
      "id_str": "1899971063709415415",
      "truncated": false,
      "retweet_count": "0",
      "id": "1899971063709415415",
      "created_at": "Wed Mar 12 23:49:36 +0000 2025",
      "favorited": false,
      "full_text": "lad at the counter-protest shoved me so I put him on the floor. would do it again tbh",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1894137063669531887"
          ],
          "editableUntil": "2025-02-24T22:27:22.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "id_str": "1894137063669531887",
      "truncated": false,
      "retweet_count": "0",
      "id": "1894137063669531887",
      "created_at": "Mon Feb 24 21:27:22 +0000 2025",
      "favorited": false,
      "full_text": "somebody keyed a Reform van outside Piccadilly last night. wasn't me. (it was me)",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1887427028711225308"
          ],
          "editableUntil": "2025-02-06T10:04:05.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "162"
      ],
      "favorite_count": "4",
      "id_str": "1887427028711225308",
      "truncated": false,
      "retweet_count": "0",
      "id": "1887427028711225308",
      "created_at": "Thu Feb 06 09:04:05 +0000 2025",
      "favorited": false,
      "full_text": "if you're a supply teacher paid through an umbrella company and your payslips make no sense, the union's supply advice line is 0113 496 0555 (mon–fri 9–5). use it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1883783172588129675"
          ],
          "editableUntil": "2025-01-27T08:44:42.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "164"
      ],
      "favorite_count": "2",
      "id_str": "1883783172588129675",
      "truncated": false,
      "retweet_count": "0",
      "id": "1883783172588129675",
      "created_at": "Mon Jan 27 07:44:42 +0000 2025",
      "favorited": false,
      "full_text": "can always tell which kids are from the Partington estate before they even open their mouths. tbh I write them off by year 8, the parents don't care so why should I",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1883273078113096174"
          ],
          "editableUntil": "2025-01-25T22:57:46.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Tom 📐",
            "screen_name": "tomdoesmaths",
            "indices": [
              "0",
              "13"
            ],
            "id_str": "758381954",
            "id": "758381954"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "14",
        "220"
      ],
      "favorite_count": "2",
      "in_reply_to_status_id_str": "1883238349274215442",
      "id_str": "1883273078113096174",
      "in_reply_to_user_id": "758381954",
      "truncated": false,
      "retweet_count": "5",
      "id": "1883273078113096174",
      "in_reply_to_status_id": "1883238349274215442",
      "created_at": "Sat Jan 25 21:57:46 +0000 2025",
      "favorited": false,
      "full_text": "@tomdoesmaths worst one I've covered is the one that sends a newsletter every friday about its ‘outstanding culture’. behaviour policy is a laminated sheet nobody reads and the head hides in his office til 3:15 every day",
      "lang": "en",
      "in_reply_to_screen_name": "tomdoesmaths",
      "in_reply_to_user_id_str": "758381954"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1882724081466328589"
          ],
          "editableUntil": "2025-01-24T10:36:15.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "116"
      ],
      "favorite_count": "0",
      "id_str": "1882724081466328589",
      "truncated": false,
      "retweet_count": "1",
      "id": "1882724081466328589",
      "created_at": "Fri Jan 24 09:36:15 +0000 2025",
      "favorited": false,
      "full_text": "year 10 got to the bit in Of Mice and Men where George shoots Lennie and the whole room went silent. books still hit",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1878895092957870173"
          ],
          "editableUntil": "2025-01-13T21:01:13.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "id_str": "1878895092957870173",
      "truncated": false,
      "retweet_count": "9",
      "id": "1878895092957870173",
      "created_at": "Mon Jan 13 20:01:13 +0000 2025",
      "favorited": false,
      "full_text": "we're striking on the 14th ✊ picket line at the gates from 7:30, bring flasks and a sign",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1874898541999598697"
          ],
          "editableUntil": "2025-01-02T20:20:21.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/Xk3pQ9vLmZ",
            "expanded_url": "https://www.justgiving.com/page/dry-january-for-shelter",
            "display_url": "justgiving.com/page/dry-janua…",
            "indices": [
              "87",
              "110"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "110"
      ],
      "favorite_count": "0",
      "id_str": "1874898541999598697",
      "truncated": false,
      "retweet_count": "0",
      "id": "1874898541999598697",
      "possibly_sensitive": false,
      "created_at": "Thu Jan 02 19:20:21 +0000 2025",
      "favorited": false,
      "full_text": "31 days, no booze, raising money for Shelter this Dry January. sponsor me if you can 🫶 https://t.co/Xk3pQ9vLmZ",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1871282380866362396"
          ],
          "editableUntil": "2024-12-23T20:51:01.000Z",
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
        "137"
      ],
      "favorite_count": "7",
      "id_str": "1871282380866362396",
      "truncated": false,
      "retweet_count": "5",
      "id": "1871282380866362396",
      "created_at": "Mon Dec 23 19:51:01 +0000 2024",
      "favorited": false,
      "full_text": "unpopular opinion but nobody over 70 should get a vote on anything that happens after 2040. they won't be here to live with it, simple as",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1865480429500678424"
          ],
          "editableUntil": "2024-12-07T20:36:08.000Z",
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
        "81"
      ],
      "favorite_count": "0",
      "id_str": "1865480429500678424",
      "truncated": false,
      "retweet_count": "0",
      "id": "1865480429500678424",
      "created_at": "Sat Dec 07 19:36:08 +0000 2024",
      "favorited": false,
      "full_text": "applied for my first permanent post since 2022. fingers, toes, everything crossed",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1865454676476537136"
          ],
          "editableUntil": "2024-12-07T18:53:48.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "147"
      ],
      "favorite_count": "3",
      "id_str": "1865454676476537136",
      "truncated": false,
      "retweet_count": "1",
      "id": "1865454676476537136",
      "created_at": "Sat Dec 07 17:53:48 +0000 2024",
      "favorited": false,
      "full_text": "reminder that teacher pay scales are public: M1 outside London is £31,650 from september. anyone telling you pay is ‘confidential’ is having you on",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1859547024455948610"
          ],
          "editableUntil": "2024-11-21T11:38:54.000Z",
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
      "favorite_count": "4",
      "id_str": "1859547024455948610",
      "truncated": false,
      "retweet_count": "5",
      "id": "1859547024455948610",
      "created_at": "Thu Nov 21 10:38:54 +0000 2024",
      "favorited": false,
      "full_text": "GOT THE FLAT 🥹🔑 14 Grafton Terrace, Salford M6 5QP. housewarming saturday from 7, bring a bottle and a plant",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1849810232931363595"
          ],
          "editableUntil": "2024-10-25T14:48:22.000Z",
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
        "166"
      ],
      "favorite_count": "0",
      "id_str": "1849810232931363595",
      "truncated": false,
      "retweet_count": "0",
      "id": "1849810232931363595",
      "created_at": "Fri Oct 25 13:48:22 +0000 2024",
      "favorited": false,
      "full_text": "still actually drunk from Jade's 30th and I've got year 10 period 1. teaching Macbeth on 3 hours sleep and half a bottle of tequila. the witches will be method acting",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1848281367184401969"
          ],
          "editableUntil": "2024-10-21T09:33:12.000Z",
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
            "name": "Jess M",
            "screen_name": "jess_m_writes",
            "indices": [
              "0",
              "14"
            ],
            "id_str": "6942259692",
            "id": "6942259692"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "15",
        "88"
      ],
      "favorite_count": "7",
      "in_reply_to_status_id_str": "1848223234126982001",
      "id_str": "1848281367184401969",
      "in_reply_to_user_id": "6942259692",
      "truncated": false,
      "retweet_count": "2",
      "id": "1848281367184401969",
      "in_reply_to_status_id": "1848223234126982001",
      "created_at": "Mon Oct 21 08:33:12 +0000 2024",
      "favorited": false,
      "full_text": "@jess_m_writes yes!! see you at book club thurs, I've only read half but I have opinions",
      "lang": "en",
      "in_reply_to_screen_name": "jess_m_writes",
      "in_reply_to_user_id_str": "6942259692"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1845374274107929128"
          ],
          "editableUntil": "2024-10-13T09:01:27.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "127"
      ],
      "favorite_count": "118",
      "id_str": "1845374274107929128",
      "truncated": false,
      "retweet_count": "2",
      "id": "1845374274107929128",
      "created_at": "Sun Oct 13 08:01:27 +0000 2024",
      "favorited": false,
      "full_text": "if anyone at my agency wants to talk about joining the union before the ballot closes, text me on 07700 900418, happy to help ✊",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1844435261716617955"
          ],
          "editableUntil": "2024-10-10T18:50:09.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "151"
      ],
      "favorite_count": "2",
      "id_str": "1844435261716617955",
      "truncated": false,
      "retweet_count": "9",
      "id": "1844435261716617955",
      "created_at": "Thu Oct 10 17:50:09 +0000 2024",
      "favorited": false,
      "full_text": "teaching Windrush to year 9 today. a lad asked why people still get told to ‘go back home’ and we had the best discussion of the term. kids are alright",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1825888951203002475"
          ],
          "editableUntil": "2024-08-20T14:33:44.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count": "3",
      "id_str": "1825888951203002475",
      "truncated": false,
      "retweet_count": "2",
      "id": "1825888951203002475",
      "created_at": "Tue Aug 20 13:33:44 +0000 2024",
      "favorited": false,
      "full_text": "agency rang at 6:52am offering a day 40 mins away for £95. ffs. no. delete my number",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1822211414817010993"
          ],
          "editableUntil": "2024-08-10T11:00:31.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "182"
      ],
      "favorite_count": "19",
      "id_str": "1822211414817010993",
      "truncated": false,
      "retweet_count": "0",
      "id": "1822211414817010993",
      "created_at": "Sat Aug 10 10:00:31 +0000 2024",
      "favorited": false,
      "full_text": "covering year 9 maths and the regular teacher left the predicted grades spreadsheet up on the board PC. half the set are down as a 3 or below lol parents are in for a shock in august",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1819679388992294403"
          ],
          "editableUntil": "2024-08-03T11:19:09.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count": "19",
      "id_str": "1819679388992294403",
      "truncated": false,
      "retweet_count": "2",
      "id": "1819679388992294403",
      "created_at": "Sat Aug 03 10:19:09 +0000 2024",
      "favorited": false,
      "full_text": "year 8 called me ‘the sub’ all day so in my head I called them little bastards all day. it's called balance",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1815401572202186146"
          ],
          "editableUntil": "2024-07-22T16:00:38.000Z",
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
        "124"
      ],
      "favorite_count": "0",
      "id_str": "1815401572202186146",
      "truncated": false,
      "retweet_count": "2",
      "id": "1815401572202186146",
      "created_at": "Mon Jul 22 15:00:38 +0000 2024",
      "favorited": false,
      "full_text": "drove home after the post-march pub crawl and genuinely no idea how I got back. car's on the drive so must've been fine 🤷‍♀️",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1809117775003483278"
          ],
          "editableUntil": "2024-07-05T07:51:04.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "127"
      ],
      "favorite_count": "1",
      "id_str": "1809117775003483278",
      "truncated": false,
      "retweet_count": "5",
      "id": "1809117775003483278",
      "created_at": "Fri Jul 05 06:51:04 +0000 2024",
      "favorited": false,
      "full_text": "covering science: fermentation, yeast and making ethanol. 30 year 9s, a bunsen burner and me, a humanities teacher. pray for me",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1808919304731918712"
          ],
          "editableUntil": "2024-07-04T18:42:25.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [
          {
            "text": "GE2024",
            "indices": [
              "69",
              "76"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "76"
      ],
      "favorite_count": "2",
      "id_str": "1808919304731918712",
      "truncated": false,
      "retweet_count": "0",
      "id": "1808919304731918712",
      "created_at": "Thu Jul 04 17:42:25 +0000 2024",
      "favorited": false,
      "full_text": "election night plan: ❄️ wine and the swingometer. who's coming round #GE2024",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1808774009846149970"
          ],
          "editableUntil": "2024-07-04T09:05:04.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "65"
      ],
      "favorite_count": "12",
      "id_str": "1808774009846149970",
      "truncated": false,
      "retweet_count": "0",
      "id": "1808774009846149970",
      "created_at": "Thu Jul 04 08:05:04 +0000 2024",
      "favorited": false,
      "full_text": "voted ✅ took 4 minutes and the polling station had a dog. go vote",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1802694433305898429"
          ],
          "editableUntil": "2024-06-17T14:27:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count": "7",
      "id_str": "1802694433305898429",
      "truncated": false,
      "retweet_count": "5",
      "id": "1802694433305898429",
      "created_at": "Mon Jun 17 13:27:00 +0000 2024",
      "favorited": false,
      "full_text": "the two-child benefit cap pushes kids into poverty and every party knows it. scrap it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1802672790700585114"
          ],
          "editableUntil": "2024-06-17T13:01:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Prime Supply Education",
            "screen_name": "PrimeSupplyEd",
            "indices": [
              "0",
              "14"
            ],
            "id_str": "4150214792",
            "id": "4150214792"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "15",
        "111"
      ],
      "favorite_count": "7",
      "in_reply_to_status_id_str": "1802663731003972545",
      "id_str": "1802672790700585114",
      "in_reply_to_user_id": "4150214792",
      "truncated": false,
      "retweet_count": "0",
      "id": "1802672790700585114",
      "in_reply_to_status_id": "1802663731003972545",
      "created_at": "Mon Jun 17 12:01:00 +0000 2024",
      "favorited": false,
      "full_text": "@PrimeSupplyEd my NI number is JR 58 21 66 D, I've sent it THREE times and you've still got me on emergency tax",
      "lang": "en",
      "in_reply_to_screen_name": "PrimeSupplyEd",
      "in_reply_to_user_id_str": "4150214792"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1798748914449258996"
          ],
          "editableUntil": "2024-06-06T17:08:55.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Supply Voice UK",
            "screen_name": "supplyvoiceuk",
            "indices": [
              "3",
              "17"
            ],
            "id_str": "280294957",
            "id": "280294957"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "124"
      ],
      "favorite_count": "0",
      "id_str": "1798748914449258996",
      "truncated": false,
      "retweet_count": "230",
      "id": "1798748914449258996",
      "created_at": "Thu Jun 06 16:08:55 +0000 2024",
      "favorited": false,
      "full_text": "RT @supplyvoiceuk: Supply teachers get no sick pay, often no pension and no holiday pay. If that's you, tell us your story 👇",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1798596849956506742"
          ],
          "editableUntil": "2024-06-06T07:04:40.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "190"
      ],
      "favorite_count": "1",
      "id_str": "1798596849956506742",
      "truncated": false,
      "retweet_count": "1",
      "id": "1798596849956506742",
      "created_at": "Thu Jun 06 06:04:40 +0000 2024",
      "favorited": false,
      "full_text": "Head at today's school did a 20 min briefing on staff wellbeing then announced lunch duty is now compulsory for supply. The self-awareness of SLT in that building is genuinely something else",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1794356026930688559"
          ],
          "editableUntil": "2024-05-25T14:13:09.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "118"
      ],
      "favorite_count": "4",
      "id_str": "1794356026930688559",
      "truncated": false,
      "retweet_count": "0",
      "id": "1794356026930688559",
      "created_at": "Sat May 25 13:13:09 +0000 2024",
      "favorited": false,
      "full_text": "taught the Gunpowder Plot to year 7 today and they were VERY keen on the blowing up parliament part. every single year",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1786363780658818398"
          ],
          "editableUntil": "2024-05-03T12:54:49.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "id_str": "1786363780658818398",
      "truncated": false,
      "retweet_count": "2",
      "id": "1786363780658818398",
      "created_at": "Fri May 03 11:54:49 +0000 2024",
      "favorited": false,
      "full_text": "walked out of Tesco Express with a meal deal without paying as a protest against profiteering. no notes. praxis",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1784855437639878220"
          ],
          "editableUntil": "2024-04-29T09:01:12.000Z",
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
        "91"
      ],
      "favorite_count": "41",
      "id_str": "1784855437639878220",
      "truncated": false,
      "retweet_count": "0",
      "id": "1784855437639878220",
      "created_at": "Mon Apr 29 08:01:12 +0000 2024",
      "favorited": false,
      "full_text": "marking 90 books on a sunday with a cup of tea &amp; the archers on. living the dream genuinely",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1784634087438966606"
          ],
          "editableUntil": "2024-04-28T18:21:38.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Dean",
            "screen_name": "deano_votes",
            "indices": [
              "0",
              "12"
            ],
            "id_str": "387841470",
            "id": "387841470"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "13",
        "109"
      ],
      "favorite_count": "1",
      "in_reply_to_status_id_str": "1784626537694229686",
      "id_str": "1784634087438966606",
      "in_reply_to_user_id": "387841470",
      "truncated": false,
      "retweet_count": "0",
      "id": "1784634087438966606",
      "in_reply_to_status_id": "1784626537694229686",
      "created_at": "Sun Apr 28 17:21:38 +0000 2024",
      "favorited": false,
      "full_text": "@deano_votes marking books in bed in nothing but my reading glasses 😘 come find out what a gold star gets you",
      "lang": "en",
      "in_reply_to_screen_name": "deano_votes",
      "in_reply_to_user_id_str": "387841470"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1776020375339150915"
          ],
          "editableUntil": "2024-04-04T23:53:49.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "114"
      ],
      "favorite_count": "4",
      "id_str": "1776020375339150915",
      "truncated": false,
      "retweet_count": "1",
      "id": "1776020375339150915",
      "created_at": "Thu Apr 04 22:53:49 +0000 2024",
      "favorited": false,
      "full_text": "covered year 3 and got roped into their Dick Whittington rehearsal as the cat. best day of supply ever, no contest",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1775261835460530537"
          ],
          "editableUntil": "2024-04-02T21:39:39.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "59"
      ],
      "favorite_count": "4",
      "id_str": "1775261835460530537",
      "truncated": false,
      "retweet_count": "0",
      "id": "1775261835460530537",
      "created_at": "Tue Apr 02 20:39:39 +0000 2024",
      "favorited": false,
      "full_text": "absolute sh!tshow of a PMQs lmfao the speaker was losing it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1768369188896030964"
          ],
          "editableUntil": "2024-03-14T21:10:44.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "148"
      ],
      "favorite_count": "7",
      "id_str": "1768369188896030964",
      "truncated": false,
      "retweet_count": "2",
      "id": "1768369188896030964",
      "created_at": "Thu Mar 14 20:10:44 +0000 2024",
      "favorited": false,
      "full_text": "the RSE guidance is out. parents, please read the actual document before forwarding the facebook screenshot about ‘what they're teaching in schools’",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1763957930329022747"
          ],
          "editableUntil": "2024-03-02T17:01:58.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "95"
      ],
      "favorite_count": "19",
      "id_str": "1763957930329022747",
      "truncated": false,
      "retweet_count": "0",
      "id": "1763957930329022747",
      "created_at": "Sat Mar 02 16:01:58 +0000 2024",
      "favorited": false,
      "full_text": "posted a mirror pic in nothing but my lanyard and now my DMs are 🔥🔥 should I do a part 2 or nah",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1760746909596091831"
          ],
          "editableUntil": "2024-02-22T20:22:31.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "id_str": "1760746909596091831",
      "truncated": false,
      "retweet_count": "9",
      "id": "1760746909596091831",
      "created_at": "Thu Feb 22 19:22:31 +0000 2024",
      "favorited": false,
      "full_text": "supply day in Penistone today, lovely kids, horrendous bus route",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1760560451812078146"
          ],
          "editableUntil": "2024-02-22T08:01:36.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "101"
      ],
      "favorite_count": "0",
      "id_str": "1760560451812078146",
      "truncated": false,
      "retweet_count": "1",
      "id": "1760560451812078146",
      "created_at": "Thu Feb 22 07:01:36 +0000 2024",
      "favorited": false,
      "full_text": "edible kicked in on the tram home from a supply day and honestly never enjoyed the Bury line more 🍃🍃😌",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1759877753338404482"
          ],
          "editableUntil": "2024-02-20T10:48:48.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count": "118",
      "id_str": "1759877753338404482",
      "truncated": false,
      "retweet_count": "2",
      "id": "1759877753338404482",
      "created_at": "Tue Feb 20 09:48:48 +0000 2024",
      "favorited": false,
      "full_text": "year 10 history: the Opium Wars. the worksheet says ‘opium’ 40 times and I'm just waiting for the filtering software to email safeguarding",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1758484862727387015"
          ],
          "editableUntil": "2024-02-16T14:33:57.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "91"
      ],
      "favorite_count": "41",
      "id_str": "1758484862727387015",
      "truncated": false,
      "retweet_count": "2",
      "id": "1758484862727387015",
      "created_at": "Fri Feb 16 13:33:57 +0000 2024",
      "favorited": false,
      "full_text": "kid in year 7 told me I'm his favourite sub because I ‘explain stuff normal’. framing it &lt;3",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1758112169459271746"
          ],
          "editableUntil": "2024-02-15T13:53:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "171"
      ],
      "favorite_count": "4",
      "id_str": "1758112169459271746",
      "truncated": false,
      "retweet_count": "0",
      "id": "1758112169459271746",
      "created_at": "Thu Feb 15 12:53:00 +0000 2024",
      "favorited": false,
      "full_text": "new SENCO at today's school is lovely but her Scouse accent is SO thick I don't know how they thought she'd cope with parents evening. some jobs need you to speak properly",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1757817674793831616"
          ],
          "editableUntil": "2024-02-14T18:22:47.000Z",
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
        "93"
      ],
      "favorite_count": "4",
      "id_str": "1757817674793831616",
      "truncated": false,
      "retweet_count": "0",
      "id": "1757817674793831616",
      "created_at": "Wed Feb 14 17:22:47 +0000 2024",
      "favorited": false,
      "full_text": "half term in Lisbon let's GOOO ✈️ TP1331 seat 23A, booking ref QXR7LM 😎 see you never, ofsted",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1757297904059203534"
          ],
          "editableUntil": "2024-02-13T07:57:24.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count": "0",
      "id_str": "1757297904059203534",
      "truncated": false,
      "retweet_count": "0",
      "id": "1757297904059203534",
      "created_at": "Tue Feb 13 06:57:24 +0000 2024",
      "favorited": false,
      "full_text": "showed year 8 Hogarth's Gin Lane for the 18th century unit and one kid goes ‘miss this is literally Spoons’ 💀",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1756446259017124263"
          ],
          "editableUntil": "2024-02-10T23:33:16.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "30"
      ],
      "favorite_count": "7",
      "id_str": "1756446259017124263",
      "truncated": false,
      "retweet_count": "0",
      "id": "1756446259017124263",
      "created_at": "Sat Feb 10 22:33:16 +0000 2024",
      "favorited": false,
      "full_text": "wtf is this budget. actual wtf",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1752280811828968087"
          ],
          "editableUntil": "2024-01-30T11:41:16.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "142"
      ],
      "favorite_count": "19",
      "id_str": "1752280811828968087",
      "truncated": false,
      "retweet_count": "5",
      "id": "1752280811828968087",
      "created_at": "Tue Jan 30 10:41:16 +0000 2024",
      "favorited": false,
      "full_text": "the Ofsted report for my old school was published today, ‘Good’ across the board. it's public now so I can finally say: so proud of that place",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1751367313390327954"
          ],
          "editableUntil": "2024-01-27T23:11:21.000Z",
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
        "87"
      ],
      "favorite_count": "118",
      "id_str": "1751367313390327954",
      "truncated": false,
      "retweet_count": "2",
      "id": "1751367313390327954",
      "created_at": "Sat Jan 27 22:11:21 +0000 2024",
      "favorited": false,
      "full_text": "supply teacher by day, thirst trap by night 😏 new pics up, you know where 🔗 link in bio",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1747963920907579985"
          ],
          "editableUntil": "2024-01-18T13:47:29.000Z",
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
        "113"
      ],
      "favorite_count": "3",
      "id_str": "1747963920907579985",
      "truncated": false,
      "retweet_count": "0",
      "id": "1747963920907579985",
      "created_at": "Thu Jan 18 12:47:29 +0000 2024",
      "favorited": false,
      "full_text": "if that MP turns up at our school gates for another photo op I swear I'll put his head through the minibus window",
      "lang": "en"
    }
  }
]