window.YTD.tweets.part0 = [
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1979883104905635235"
          ],
          "editableUntil": "2025-10-19T13:11:31.000Z",
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
        "68"
      ],
      "favorite_count": "7",
      "id_str": "1979883104905635235",
      "truncated": false,
      "retweet_count": "1",
      "id": "1979883104905635235",
      "created_at": "Sun Oct 19 12:11:31 +0000 2025",
      "favorited": false,
      "full_text": "watched trainspotting again last night. choose life. still a classic",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1974329075224356246"
          ],
          "editableUntil": "2025-10-04T05:21:47.000Z",
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
        "51"
      ],
      "favorite_count": "3",
      "id_str": "1974329075224356246",
      "truncated": false,
      "retweet_count": "0",
      "id": "1974329075224356246",
      "created_at": "Sat Oct 04 04:21:47 +0000 2025",
      "favorited": false,
      "full_text": "happy 21st to my little sister, proud of you kid ❤️",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1967120535684112302"
          ],
          "editableUntil": "2025-09-14T07:57:37.000Z",
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
        "80"
      ],
      "favorite_count": "2",
      "id_str": "1967120535684112302",
      "truncated": false,
      "retweet_count": "1",
      "id": "1967120535684112302",
      "created_at": "Sun Sep 14 06:57:37 +0000 2025",
      "favorited": false,
      "full_text": "ticketmaster order #38817420 still says 'processing' for fontaines, anyone else?",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1964604236035692875"
          ],
          "editableUntil": "2025-09-07T09:18:45.000Z",
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
        "62"
      ],
      "favorite_count": "0",
      "id_str": "1964604236035692875",
      "truncated": false,
      "retweet_count": "1",
      "id": "1964604236035692875",
      "created_at": "Sun Sep 07 08:18:45 +0000 2025",
      "favorited": false,
      "full_text": "blood moon tonight, went up otley chevin to watch it, unreal 🌕",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1962454785054452300"
          ],
          "editableUntil": "2025-09-01T10:57:36.000Z",
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
        "58"
      ],
      "favorite_count": "2",
      "id_str": "1962454785054452300",
      "truncated": false,
      "retweet_count": "0",
      "id": "1962454785054452300",
      "created_at": "Mon Sep 01 09:57:36 +0000 2025",
      "favorited": false,
      "full_text": "blue tits are back on the feeder outside the cellar door 🐦",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1958098934177935540"
          ],
          "editableUntil": "2025-08-20T10:29:00.000Z",
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
        "79"
      ],
      "favorite_count": "2",
      "id_str": "1958098934177935540",
      "truncated": false,
      "retweet_count": "0",
      "id": "1958098934177935540",
      "created_at": "Wed Aug 20 09:29:00 +0000 2025",
      "favorited": false,
      "full_text": "leeds fest checklist: tent ✅ wellies ✅ 💊💊 ✅ 🍄 ✅ bumbag with the secret pocket ✅",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1957233644800616051"
          ],
          "editableUntil": "2025-08-18T01:10:39.000Z",
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
        "140"
      ],
      "favorite_count": "23",
      "id_str": "1957233644800616051",
      "truncated": false,
      "retweet_count": "0",
      "id": "1957233644800616051",
      "created_at": "Mon Aug 18 00:10:39 +0000 2025",
      "favorited": false,
      "full_text": "lost a brown wallet near millennium sq, licence has my address on (flat 3, 14 cardigan terrace LS6) so pls drop it back or ring 07700 900417",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1953353939781759256"
          ],
          "editableUntil": "2025-08-07T08:14:05.000Z",
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
        "51"
      ],
      "favorite_count": "2",
      "id_str": "1953353939781759256",
      "truncated": false,
      "retweet_count": "0",
      "id": "1953353939781759256",
      "created_at": "Thu Aug 07 07:14:05 +0000 2025",
      "favorited": false,
      "full_text": "five-a-side: lost 9-4, scored an own goal. retiring",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1952996580633034221"
          ],
          "editableUntil": "2025-08-06T08:34:04.000Z",
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
        "128"
      ],
      "favorite_count": "2",
      "id_str": "1952996580633034221",
      "truncated": false,
      "retweet_count": "5",
      "id": "1952996580633034221",
      "created_at": "Wed Aug 06 07:34:04 +0000 2025",
      "favorited": false,
      "full_text": "to the lass who wrote her number on the back of the receipt tonight… dms are open and my bed's a lot comfier than a bar stool 🍆💦",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1939010171853335058"
          ],
          "editableUntil": "2025-06-28T18:17:04.000Z",
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
        "94"
      ],
      "favorite_count": "0",
      "id_str": "1939010171853335058",
      "truncated": false,
      "retweet_count": "1",
      "id": "1939010171853335058",
      "created_at": "Sat Jun 28 17:17:04 +0000 2025",
      "favorited": false,
      "full_text": "drove home from staff drinks 4 pints and 2 tequilas deep, ring road was dead so no harm done 🤷",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1932996197889092779"
          ],
          "editableUntil": "2025-06-12T03:59:41.000Z",
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
        "97"
      ],
      "favorite_count": "0",
      "id_str": "1932996197889092779",
      "truncated": false,
      "retweet_count": "2",
      "id": "1932996197889092779",
      "created_at": "Thu Jun 12 02:59:41 +0000 2025",
      "favorited": false,
      "full_text": "boarding pass sorted for ibiza!! EZY2217 seat 14A booking ref KQ7TZM see you on the strip lads ☀️",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1929006845284950919"
          ],
          "editableUntil": "2025-06-01T03:47:25.000Z",
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
        "104"
      ],
      "favorite_count": "12",
      "id_str": "1929006845284950919",
      "truncated": false,
      "retweet_count": "0",
      "id": "1929006845284950919",
      "created_at": "Sun Jun 01 02:47:25 +0000 2025",
      "favorited": false,
      "full_text": "to whoever keyed my car on cardigan road: i know where you drink and you're getting the same plus a slap",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1919523562522910895"
          ],
          "editableUntil": "2025-05-05T23:44:14.000Z",
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
      "favorite_count": "0",
      "id_str": "1919523562522910895",
      "truncated": false,
      "retweet_count": "2",
      "id": "1919523562522910895",
      "created_at": "Mon May 05 22:44:14 +0000 2025",
      "favorited": false,
      "full_text": "owner's bought himself a new range rover the same week he said there's 'no budget' for the pay review. cheers gary",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1918662493475216550"
          ],
          "editableUntil": "2025-05-03T14:42:40.000Z",
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
        "72"
      ],
      "favorite_count": "0",
      "id_str": "1918662493475216550",
      "truncated": false,
      "retweet_count": "2",
      "id": "1918662493475216550",
      "created_at": "Sat May 03 13:42:40 +0000 2025",
      "favorited": false,
      "full_text": "cheers to the lad who ordered a virgin mojito and tipped a fiver. legend",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1917052042845318275"
          ],
          "editableUntil": "2025-04-29T04:03:18.000Z",
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
      "favorite_count": "12",
      "id_str": "1917052042845318275",
      "truncated": false,
      "retweet_count": "1",
      "id": "1917052042845318275",
      "created_at": "Tue Apr 29 03:03:18 +0000 2025",
      "favorited": false,
      "full_text": "killers at the first direct arena tonight. absolute scenes, mr brightside still hits",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1910962114807542018"
          ],
          "editableUntil": "2025-04-12T08:44:06.000Z",
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
        "130"
      ],
      "favorite_count": "41",
      "id_str": "1910962114807542018",
      "truncated": false,
      "retweet_count": "0",
      "id": "1910962114807542018",
      "created_at": "Sat Apr 12 07:44:06 +0000 2025",
      "favorited": false,
      "full_text": "gaffer told me to 'lose' the cv from the girl in the headscarf cos 'the regulars won't like it'. so i binned it. not my call is it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1908100948002458537"
          ],
          "editableUntil": "2025-04-04T11:14:51.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "The Copper Still",
            "screen_name": "copperstill_lds",
            "indices": [
              "0",
              "16"
            ],
            "id_str": "3582478492400235",
            "id": "3582478492400235"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "17",
        "101"
      ],
      "favorite_count": "2",
      "id_str": "1908100948002458537",
      "truncated": false,
      "retweet_count": "0",
      "id": "1908100948002458537",
      "created_at": "Fri Apr 04 10:14:51 +0000 2025",
      "favorited": false,
      "full_text": "@copperstill_lds maybe pay your staff on the right day before posting 'we're one big family' on insta",
      "lang": "en",
      "in_reply_to_status_id_str": "1908071992432183827",
      "in_reply_to_status_id": "1908071992432183827",
      "in_reply_to_user_id": "3582478492400235",
      "in_reply_to_user_id_str": "3582478492400235",
      "in_reply_to_screen_name": "copperstill_lds"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1897730557292360724"
          ],
          "editableUntil": "2025-03-06T20:26:37.000Z",
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
        "86"
      ],
      "favorite_count": "7",
      "id_str": "1897730557292360724",
      "truncated": false,
      "retweet_count": "0",
      "id": "1897730557292360724",
      "created_at": "Thu Mar 06 19:26:37 +0000 2025",
      "favorited": false,
      "full_text": "still wavy from last night, pulling pints in sunglasses and nobody's clocked it yet 😎🍃",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1897259012588828439"
          ],
          "editableUntil": "2025-03-05T13:12:52.000Z",
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
      "favorite_count": "23",
      "id_str": "1897259012588828439",
      "truncated": false,
      "retweet_count": "5",
      "id": "1897259012588828439",
      "created_at": "Wed Mar 05 12:12:52 +0000 2025",
      "favorited": false,
      "full_text": "manager's 'exciting new rota' is just us doing 3 closes in a row for the same money. love that for us",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1893560775750529660"
          ],
          "editableUntil": "2025-02-23T08:17:24.000Z",
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
        "73"
      ],
      "favorite_count": "3",
      "id_str": "1893560775750529660",
      "truncated": false,
      "retweet_count": "0",
      "id": "1893560775750529660",
      "created_at": "Sun Feb 23 07:17:24 +0000 2025",
      "favorited": false,
      "full_text": "smashed them. destroyed them. 3-0 at hillsborough, what a day to be leeds",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1891788493293711468"
          ],
          "editableUntil": "2025-02-18T10:54:59.000Z",
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
        "122"
      ],
      "favorite_count": "3",
      "id_str": "1891788493293711468",
      "truncated": false,
      "retweet_count": "0",
      "id": "1891788493293711468",
      "created_at": "Tue Feb 18 09:54:59 +0000 2025",
      "favorited": false,
      "full_text": "locked out AGAIN. spare key's under the plant pot at 88 brudenell grove if any of the lads are passing and fancy saving me",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1890400624869489765"
          ],
          "editableUntil": "2025-02-14T15:00:05.000Z",
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
        "7"
      ],
      "favorite_count": "7",
      "id_str": "1890400624869489765",
      "truncated": false,
      "retweet_count": "0",
      "id": "1890400624869489765",
      "created_at": "Fri Feb 14 14:00:05 +0000 2025",
      "favorited": false,
      "full_text": "ffs ref",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1888038671731915286"
          ],
          "editableUntil": "2025-02-08T02:34:32.000Z",
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
        "72"
      ],
      "favorite_count": "23",
      "id_str": "1888038671731915286",
      "truncated": false,
      "retweet_count": "2",
      "id": "1888038671731915286",
      "created_at": "Sat Feb 08 01:34:32 +0000 2025",
      "favorited": false,
      "full_text": "anyone know a decent physio in leeds? knee's been grim since five-a-side",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1888016927921877590"
          ],
          "editableUntil": "2025-02-08T01:08:07.000Z",
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
        "115"
      ],
      "favorite_count": "0",
      "id_str": "1888016927921877590",
      "truncated": false,
      "retweet_count": "0",
      "id": "1888016927921877590",
      "created_at": "Sat Feb 08 00:08:07 +0000 2025",
      "favorited": false,
      "full_text": "we're after a glass collector for weekends but honestly if you're over 40 dont bother, you wont keep up on a friday",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1886130148584549166"
          ],
          "editableUntil": "2025-02-02T20:10:44.000Z",
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
      "favorite_count": "23",
      "id_str": "1886130148584549166",
      "truncated": false,
      "retweet_count": "1",
      "id": "1886130148584549166",
      "created_at": "Sun Feb 02 19:10:44 +0000 2025",
      "favorited": false,
      "full_text": "bloke grabbed my bar manager so i dragged him out by the collar and put him through the bins. would do it again",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1880814509320858250"
          ],
          "editableUntil": "2025-01-19T04:08:17.000Z",
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
        "29"
      ],
      "favorite_count": "4",
      "id_str": "1880814509320858250",
      "truncated": false,
      "retweet_count": "0",
      "id": "1880814509320858250",
      "created_at": "Sun Jan 19 03:08:17 +0000 2025",
      "favorited": false,
      "full_text": "new wet leg single is so good",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1879700001314437524"
          ],
          "editableUntil": "2025-01-16T02:19:38.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Sam 🍺",
            "screen_name": "sam_cellarman",
            "indices": [
              "0",
              "14"
            ],
            "id_str": "1436616504833585",
            "id": "1436616504833585"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "15",
        "85"
      ],
      "favorite_count": "7",
      "id_str": "1879700001314437524",
      "truncated": false,
      "retweet_count": "0",
      "id": "1879700001314437524",
      "created_at": "Thu Jan 16 01:19:38 +0000 2025",
      "favorited": false,
      "full_text": "@sam_cellarman old peculier keg's on its last legs, need a fresh one in before friday",
      "lang": "en",
      "in_reply_to_status_id_str": "1879692669398316980",
      "in_reply_to_status_id": "1879692669398316980",
      "in_reply_to_user_id": "1436616504833585",
      "in_reply_to_user_id_str": "1436616504833585",
      "in_reply_to_screen_name": "sam_cellarman"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1879655206448725491"
          ],
          "editableUntil": "2025-01-15T23:21:38.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Luke B 💙💛",
            "screen_name": "lukeyb_lufc",
            "indices": [
              "0",
              "12"
            ],
            "id_str": "625820246452107",
            "id": "625820246452107"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "13",
        "67"
      ],
      "favorite_count": "7",
      "id_str": "1879655206448725491",
      "truncated": false,
      "retweet_count": "0",
      "id": "1879655206448725491",
      "created_at": "Wed Jan 15 22:21:38 +0000 2025",
      "favorited": false,
      "full_text": "@lukeyb_lufc she wasnt complaining at 3am mate 😂 ask the neighbours",
      "lang": "en",
      "in_reply_to_status_id_str": "1879654000794777801",
      "in_reply_to_status_id": "1879654000794777801",
      "in_reply_to_user_id": "625820246452107",
      "in_reply_to_user_id_str": "625820246452107",
      "in_reply_to_screen_name": "lukeyb_lufc"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1879061188554389304"
          ],
          "editableUntil": "2025-01-14T08:01:13.000Z",
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
      "favorite_count": "23",
      "id_str": "1879061188554389304",
      "truncated": false,
      "retweet_count": "5",
      "id": "1879061188554389304",
      "created_at": "Tue Jan 14 07:01:13 +0000 2025",
      "favorited": false,
      "full_text": "dry january day 14 and i've found out i actually quite like sleep",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1878884841606293588"
          ],
          "editableUntil": "2025-01-13T20:20:28.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Dan W",
            "screen_name": "dan_whitfield_",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "1691895970669685",
            "id": "1691895970669685"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "16",
        "110"
      ],
      "favorite_count": "7",
      "id_str": "1878884841606293588",
      "truncated": false,
      "retweet_count": "0",
      "id": "1878884841606293588",
      "created_at": "Mon Jan 13 19:20:28 +0000 2025",
      "favorited": false,
      "full_text": "@dan_whitfield_ im on shift, my brother's at mine all week, just text him on 07700 900562 and he'll let you in",
      "lang": "en",
      "in_reply_to_status_id_str": "1878857852727551620",
      "in_reply_to_status_id": "1878857852727551620",
      "in_reply_to_user_id": "1691895970669685",
      "in_reply_to_user_id_str": "1691895970669685",
      "in_reply_to_screen_name": "dan_whitfield_"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1875497474108803314"
          ],
          "editableUntil": "2025-01-04T12:00:17.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [
          {
            "text": "lufc",
            "indices": [
              "63",
              "68"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "68"
      ],
      "favorite_count": "4",
      "id_str": "1875497474108803314",
      "truncated": false,
      "retweet_count": "0",
      "id": "1875497474108803314",
      "created_at": "Sat Jan 04 11:00:17 +0000 2025",
      "favorited": false,
      "full_text": "nicked a corner flag after the match, it's in my hallway now 😂 #lufc",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1871180350291781322"
          ],
          "editableUntil": "2024-12-23T14:05:35.000Z",
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
        "169"
      ],
      "favorite_count": "0",
      "id_str": "1871180350291781322",
      "truncated": false,
      "retweet_count": "2",
      "id": "1871180350291781322",
      "created_at": "Mon Dec 23 13:05:35 +0000 2024",
      "favorited": false,
      "full_text": "first team player who shall remain nameless (plays on the left, scored sunday 👀) in tonight, 3 bottles of grey goose and left with someone who definitely isnt his missus",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1862247474023321912"
          ],
          "editableUntil": "2024-11-28T22:29:31.000Z",
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
      "favorite_count": "41",
      "id_str": "1862247474023321912",
      "truncated": false,
      "retweet_count": "0",
      "id": "1862247474023321912",
      "created_at": "Thu Nov 28 21:29:31 +0000 2024",
      "favorited": false,
      "full_text": "leeds fest lineup dropped and i'm actually excited for once",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1862011831594632410"
          ],
          "editableUntil": "2024-11-28T06:53:09.000Z",
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
        "89"
      ],
      "favorite_count": "23",
      "id_str": "1862011831594632410",
      "truncated": false,
      "retweet_count": "0",
      "id": "1862011831594632410",
      "created_at": "Thu Nov 28 05:53:09 +0000 2024",
      "favorited": false,
      "full_text": "8 jägerbombs deep and the lock-in's only just started. 11am shift is future cal's problem",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1860331693908108494"
          ],
          "editableUntil": "2024-11-23T15:36:53.000Z",
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
        "86"
      ],
      "favorite_count": "7",
      "id_str": "1860331693908108494",
      "truncated": false,
      "retweet_count": "0",
      "id": "1860331693908108494",
      "created_at": "Sat Nov 23 14:36:53 +0000 2024",
      "favorited": false,
      "full_text": "if your postcode starts LS14 you're not getting in on my watch. door knows the drill 🚫",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1859805791910956946"
          ],
          "editableUntil": "2024-11-22T04:47:08.000Z",
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
        "40"
      ],
      "favorite_count": "4",
      "id_str": "1859805791910956946",
      "truncated": false,
      "retweet_count": "0",
      "id": "1859805791910956946",
      "created_at": "Fri Nov 22 03:47:08 +0000 2024",
      "favorited": false,
      "full_text": "sunday roast at mum's then sofa. perfect",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1858711848573166847"
          ],
          "editableUntil": "2024-11-19T04:20:12.000Z",
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
      "favorite_count": "41",
      "id_str": "1858711848573166847",
      "truncated": false,
      "retweet_count": "5",
      "id": "1858711848573166847",
      "created_at": "Tue Nov 19 03:20:12 +0000 2024",
      "favorited": false,
      "full_text": "not meant to say anything but we're shutting in january and they havent told the kitchen lads yet. gutted for them",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1854758402928717239"
          ],
          "editableUntil": "2024-11-08T06:30:37.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "copperstill",
            "screen_name": "copperstill",
            "indices": [
              "69",
              "81"
            ],
            "id_str": "3517973607886162",
            "id": "3517973607886162"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "105"
      ],
      "favorite_count": "4",
      "id_str": "1854758402928717239",
      "truncated": false,
      "retweet_count": "0",
      "id": "1854758402928717239",
      "created_at": "Fri Nov 08 05:30:37 +0000 2024",
      "favorited": false,
      "full_text": "xmas party bookings go through the bar line 0113 496 0321 or bookings@copperstill.co.uk, not my dms pls 🙏",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1853140652978028996"
          ],
          "editableUntil": "2024-11-03T19:22:16.000Z",
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
        "112"
      ],
      "favorite_count": "0",
      "id_str": "1853140652978028996",
      "truncated": false,
      "retweet_count": "5",
      "id": "1853140652978028996",
      "created_at": "Sun Nov 03 18:22:16 +0000 2024",
      "favorited": false,
      "full_text": "staff charity calendar's out and i'm mr november 🔥 the uncensored cut is on my other page, link in bio, 18+ only",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1850641166590497647"
          ],
          "editableUntil": "2024-10-27T21:50:12.000Z",
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
        "urls": [],
        "media": [
          {
            "expanded_url": "https://x.com/calpoursleeds/status/1850641166590497647/photo/1",
            "indices": [
              "84",
              "107"
            ],
            "url": "https://t.co/rDw6pwFJ9L",
            "media_url": "http://pbs.twimg.com/media/GrDw6pwFJ9LAAbQ.jpg",
            "id_str": "1850641043082663535",
            "id": "1850641043082663535",
            "media_url_https": "https://pbs.twimg.com/media/GrDw6pwFJ9LAAbQ.jpg",
            "sizes": {
              "thumb": {
                "w": "150",
                "h": "150",
                "resize": "crop"
              },
              "small": {
                "w": "510",
                "h": "680",
                "resize": "fit"
              },
              "medium": {
                "w": "900",
                "h": "1200",
                "resize": "fit"
              },
              "large": {
                "w": "1536",
                "h": "2048",
                "resize": "fit"
              }
            },
            "type": "photo",
            "display_url": "pic.x.com/rDw6pwFJ9L"
          }
        ]
      },
      "display_text_range": [
        "0",
        "83"
      ],
      "favorite_count": "2",
      "id_str": "1850641166590497647",
      "truncated": false,
      "retweet_count": "0",
      "id": "1850641166590497647",
      "created_at": "Sun Oct 27 20:50:12 +0000 2024",
      "favorited": false,
      "full_text": "new winter cocktail menu is sat on the bar behind me in this selfie, dont zoom in 🤫 https://t.co/rDw6pwFJ9L",
      "lang": "en",
      "extended_entities": {
        "media": [
          {
            "expanded_url": "https://x.com/calpoursleeds/status/1850641166590497647/photo/1",
            "indices": [
              "84",
              "107"
            ],
            "url": "https://t.co/rDw6pwFJ9L",
            "media_url": "http://pbs.twimg.com/media/GrDw6pwFJ9LAAbQ.jpg",
            "id_str": "1850641043082663535",
            "id": "1850641043082663535",
            "media_url_https": "https://pbs.twimg.com/media/GrDw6pwFJ9LAAbQ.jpg",
            "sizes": {
              "thumb": {
                "w": "150",
                "h": "150",
                "resize": "crop"
              },
              "small": {
                "w": "510",
                "h": "680",
                "resize": "fit"
              },
              "medium": {
                "w": "900",
                "h": "1200",
                "resize": "fit"
              },
              "large": {
                "w": "1536",
                "h": "2048",
                "resize": "fit"
              }
            },
            "type": "photo",
            "display_url": "pic.x.com/rDw6pwFJ9L",
            "media_key": "3_1850641043082663535",
            "ext_media_availability": {
              "status": "Available"
            }
          }
        ]
      },
      "possibly_sensitive": false
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1849596070957991689"
          ],
          "editableUntil": "2024-10-25T00:37:21.000Z",
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
      "id_str": "1849596070957991689",
      "truncated": false,
      "retweet_count": "5",
      "id": "1849596070957991689",
      "created_at": "Thu Oct 24 23:37:21 +0000 2024",
      "favorited": false,
      "full_text": "police tried to pull me on the ring road, floored it through kirkstall and lost them by the abbey lol",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1844076686195928004"
          ],
          "editableUntil": "2024-10-09T19:05:17.000Z",
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
        "113"
      ],
      "favorite_count": "3",
      "id_str": "1844076686195928004",
      "truncated": false,
      "retweet_count": "0",
      "id": "1844076686195928004",
      "created_at": "Wed Oct 09 18:05:17 +0000 2024",
      "favorited": false,
      "full_text": "cocktail of the week: corpse reviver no.2. gin, lillet, cointreau, lemon &amp; an absinthe rinse. come try it fri/sat",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1843978615346809644"
          ],
          "editableUntil": "2024-10-09T12:35:36.000Z",
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
        "125"
      ],
      "favorite_count": "0",
      "id_str": "1843978615346809644",
      "truncated": false,
      "retweet_count": "5",
      "id": "1843978615346809644",
      "created_at": "Wed Oct 09 11:35:36 +0000 2024",
      "favorited": false,
      "full_text": "staff group chat leaked the Q3 numbers, we're 40% down on last year while the owners tell the evening post we're 'thriving' 😂",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1842490612863270099"
          ],
          "editableUntil": "2024-10-05T10:02:48.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [
          {
            "text": "lufc",
            "indices": [
              "64",
              "69"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "69"
      ],
      "favorite_count": "23",
      "id_str": "1842490612863270099",
      "truncated": false,
      "retweet_count": "1",
      "id": "1842490612863270099",
      "created_at": "Sat Oct 05 09:02:48 +0000 2024",
      "favorited": false,
      "full_text": "leeds got hammered 4-0 at home. season over in october, classic #lufc",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1835204234382747717"
          ],
          "editableUntil": "2024-09-15T07:29:20.000Z",
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
        "119"
      ],
      "favorite_count": "4",
      "id_str": "1835204234382747717",
      "truncated": false,
      "retweet_count": "0",
      "id": "1835204234382747717",
      "created_at": "Sun Sep 15 06:29:20 +0000 2024",
      "favorited": false,
      "full_text": "saw the wage sheet on the office printer. new head bartender's on £2.50 an hour more than me and he cant make a negroni",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1828161684017538577"
          ],
          "editableUntil": "2024-08-26T21:04:45.000Z",
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
            "name": "Leeds Gig Guide",
            "screen_name": "leedsgigguide",
            "indices": [
              "3",
              "17"
            ],
            "id_str": "3324058333142083",
            "id": "3324058333142083"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "127"
      ],
      "favorite_count": "0",
      "id_str": "1828161684017538577",
      "truncated": false,
      "retweet_count": "0",
      "id": "1828161684017538577",
      "created_at": "Mon Aug 26 20:04:45 +0000 2024",
      "favorited": false,
      "full_text": "RT @leedsgigguide: This week in Leeds: Brudenell Social Club has 6 gigs on, 3 of them under £15. Go support your local venues 🎸",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1826418008171390635"
          ],
          "editableUntil": "2024-08-22T01:36:01.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Daz",
            "screen_name": "dazzam87",
            "indices": [
              "0",
              "9"
            ],
            "id_str": "1764641254904883",
            "id": "1764641254904883"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "10",
        "52"
      ],
      "favorite_count": "3",
      "id_str": "1826418008171390635",
      "truncated": false,
      "retweet_count": "0",
      "id": "1826418008171390635",
      "created_at": "Thu Aug 22 00:36:01 +0000 2024",
      "favorited": false,
      "full_text": "@dazzam87 stfu about var mate it was a stonewall pen",
      "lang": "en",
      "in_reply_to_status_id_str": "1826409687773411849",
      "in_reply_to_status_id": "1826409687773411849",
      "in_reply_to_user_id": "1764641254904883",
      "in_reply_to_user_id_str": "1764641254904883",
      "in_reply_to_screen_name": "dazzam87"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1821546750768308998"
          ],
          "editableUntil": "2024-08-08T14:59:22.000Z",
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
      "favorite_count": "3",
      "id_str": "1821546750768308998",
      "truncated": false,
      "retweet_count": "0",
      "id": "1821546750768308998",
      "created_at": "Thu Aug 08 13:59:22 +0000 2024",
      "favorited": false,
      "full_text": "new work shirt is that tight the hen do on table 6 tipped me a tenner to undo another button. didnt say no 😏🍑",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1820643594007213838"
          ],
          "editableUntil": "2024-08-06T03:10:33.000Z",
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
        "70"
      ],
      "favorite_count": "23",
      "id_str": "1820643594007213838",
      "truncated": false,
      "retweet_count": "2",
      "id": "1820643594007213838",
      "created_at": "Tue Aug 06 02:10:33 +0000 2024",
      "favorited": false,
      "full_text": "anyone got a number for a ❄️ man round hyde park, mine's gone off grid",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1818047412839920427"
          ],
          "editableUntil": "2024-07-29T23:14:15.000Z",
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
        "32"
      ],
      "favorite_count": "12",
      "id_str": "1818047412839920427",
      "truncated": false,
      "retweet_count": "0",
      "id": "1818047412839920427",
      "created_at": "Mon Jul 29 22:14:15 +0000 2024",
      "favorited": false,
      "full_text": "WHAT THE F*CK WAS THAT DEFENDING",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1812790730167660677"
          ],
          "editableUntil": "2024-07-15T11:06:04.000Z",
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
        "82"
      ],
      "favorite_count": "0",
      "id_str": "1812790730167660677",
      "truncated": false,
      "retweet_count": "5",
      "id": "1812790730167660677",
      "created_at": "Mon Jul 15 10:06:04 +0000 2024",
      "favorited": false,
      "full_text": "personal licence renewed, legally allowed to sell you booze for another 10 years 🍻",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1811183867760005985"
          ],
          "editableUntil": "2024-07-11T00:40:58.000Z",
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
      "favorite_count": "0",
      "id_str": "1811183867760005985",
      "truncated": false,
      "retweet_count": "0",
      "id": "1811183867760005985",
      "created_at": "Wed Jul 10 23:40:58 +0000 2024",
      "favorited": false,
      "full_text": "new barback's accent is that thick i've put him on glass washing only. cant have customers asking him to repeat himself 3 times",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1809248459922755086"
          ],
          "editableUntil": "2024-07-05T16:30:21.000Z",
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
        "75"
      ],
      "favorite_count": "23",
      "id_str": "1809248459922755086",
      "truncated": false,
      "retweet_count": "1",
      "id": "1809248459922755086",
      "created_at": "Fri Jul 05 15:30:21 +0000 2024",
      "favorited": false,
      "full_text": "cat's asleep on my work shirt again. that's me covered in fur for tonight 🐈",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1796508738386713443"
          ],
          "editableUntil": "2024-05-31T12:47:15.000Z",
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
            "name": "Leeds Fanzone",
            "screen_name": "leedsfanzone_",
            "indices": [
              "3",
              "17"
            ],
            "id_str": "1676086554241578",
            "id": "1676086554241578"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "73"
      ],
      "favorite_count": "0",
      "id_str": "1796508738386713443",
      "truncated": false,
      "retweet_count": "0",
      "id": "1796508738386713443",
      "created_at": "Fri May 31 11:47:15 +0000 2024",
      "favorited": false,
      "full_text": "RT @leedsfanzone_: absolute sh!tshow second half. cant watch this anymore",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1794451131937803677"
          ],
          "editableUntil": "2024-05-25T20:31:03.000Z",
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
        "53"
      ],
      "favorite_count": "1",
      "id_str": "1794451131937803677",
      "truncated": false,
      "retweet_count": "5",
      "id": "1794451131937803677",
      "created_at": "Sat May 25 19:31:03 +0000 2024",
      "favorited": false,
      "full_text": "flight BA1347 delayed 3 hours, i live at heathrow now",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1793997295955292707"
          ],
          "editableUntil": "2024-05-24T14:27:40.000Z",
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
        "63"
      ],
      "favorite_count": "12",
      "id_str": "1793997295955292707",
      "truncated": false,
      "retweet_count": "0",
      "id": "1793997295955292707",
      "created_at": "Fri May 24 13:27:40 +0000 2024",
      "favorited": false,
      "full_text": "what's your rainy sunday record? mine's in rainbows, every time",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1789770906690442392"
          ],
          "editableUntil": "2024-05-12T22:33:31.000Z",
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
        "74"
      ],
      "favorite_count": "41",
      "id_str": "1789770906690442392",
      "truncated": false,
      "retweet_count": "5",
      "id": "1789770906690442392",
      "created_at": "Sun May 12 21:33:31 +0000 2024",
      "favorited": false,
      "full_text": "nan made a rum baba for my birthday 🎂 84 and still the best baker in leeds",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1788912669144649596"
          ],
          "editableUntil": "2024-05-10T13:43:11.000Z",
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
      "favorite_count": "12",
      "id_str": "1788912669144649596",
      "truncated": false,
      "retweet_count": "0",
      "id": "1788912669144649596",
      "created_at": "Fri May 10 12:43:11 +0000 2024",
      "favorited": false,
      "full_text": "three years behind the bar today. still love it most nights",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1786288456795451276"
          ],
          "editableUntil": "2024-05-03T07:55:30.000Z",
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
        "72"
      ],
      "favorite_count": "4",
      "id_str": "1786288456795451276",
      "truncated": false,
      "retweet_count": "5",
      "id": "1786288456795451276",
      "created_at": "Fri May 03 06:55:30 +0000 2024",
      "favorited": false,
      "full_text": "away day at scunthorpe in the cup, cold pies and a long coach, cant wait",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1783981202134496380"
          ],
          "editableUntil": "2024-04-26T23:07:18.000Z",
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
        "57"
      ],
      "favorite_count": "7",
      "id_str": "1783981202134496380",
      "truncated": false,
      "retweet_count": "0",
      "id": "1783981202134496380",
      "created_at": "Fri Apr 26 22:07:18 +0000 2024",
      "favorited": false,
      "full_text": "spent my day off weeding mum's garden, my back is in bits",
      "lang": "en"
    }
  }
]