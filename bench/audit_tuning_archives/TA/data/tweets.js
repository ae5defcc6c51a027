window.YTD.tweets.part0 = [
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1979950502689704464"
          ],
          "editableUntil": "2025-10-19T17:39:20.644Z",
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
        "131"
      ],
      "favorite_count": "2",
      "id_str": "1979950502689704464",
      "truncated": false,
      "retweet_count": "2",
      "id": "1979950502689704464",
      "possibly_sensitive": false,
      "created_at": "Sun Oct 19 16:39:20 +0000 2025",
      "favorited": false,
      "full_text": "head of acting told me i'd 'get the lead if i lost a bit of weight'. groundbreaking pedagogy from a 58 year old man with a ponytail",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1976311182125764894"
          ],
          "editableUntil": "2025-10-09T16:37:58.444Z",
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
      "favorite_count": "0",
      "id_str": "1976311182125764894",
      "truncated": false,
      "retweet_count": "2",
      "id": "1976311182125764894",
      "possibly_sensitive": false,
      "created_at": "Thu Oct 09 15:37:58 +0000 2025",
      "favorited": false,
      "full_text": "genuinely so done with this sh!t. lost my phone, my keys AND my dignity in the same night",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1974489999058358606"
          ],
          "editableUntil": "2025-10-04T16:01:14.878Z",
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
        "69"
      ],
      "favorite_count": "12",
      "id_str": "1974489999058358606",
      "truncated": false,
      "retweet_count": "0",
      "id": "1974489999058358606",
      "possibly_sensitive": false,
      "created_at": "Sat Oct 04 15:01:14 +0000 2025",
      "favorited": false,
      "full_text": "first read-through of the spring play today!! so nervous and so happy",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1974010170297616987"
          ],
          "editableUntil": "2025-10-03T08:14:34.183Z",
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
      "favorite_count": "2",
      "id_str": "1974010170297616987",
      "truncated": false,
      "retweet_count": "0",
      "id": "1974010170297616987",
      "possibly_sensitive": false,
      "created_at": "Fri Oct 03 07:14:34 +0000 2025",
      "favorited": false,
      "full_text": "fucking HATE tech week. 14 hour days and the lighting designer screams at us like its our fault he cant count his own cues",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1968428069355442431"
          ],
          "editableUntil": "2025-09-17T22:33:18.377Z",
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
        "90"
      ],
      "favorite_count": "41",
      "id_str": "1968428069355442431",
      "truncated": false,
      "retweet_count": "0",
      "id": "1968428069355442431",
      "possibly_sensitive": false,
      "created_at": "Wed Sep 17 21:33:18 +0000 2025",
      "favorited": false,
      "full_text": "learning the entirety of into the woods for fun bc i have no life outside of this building",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1960167934962980648"
          ],
          "editableUntil": "2025-08-26T03:30:28.490Z",
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
        "87"
      ],
      "favorite_count": "17",
      "id_str": "1960167934962980648",
      "truncated": false,
      "retweet_count": "2",
      "id": "1960167934962980648",
      "possibly_sensitive": false,
      "created_at": "Tue Aug 26 02:30:28 +0000 2025",
      "favorited": false,
      "full_text": "new passport who dis 😭 533912847 valid till 2035 and i look like a missing person in it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1954063881236228875"
          ],
          "editableUntil": "2025-08-09T07:15:08.823Z",
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
      "favorite_count": "1",
      "id_str": "1954063881236228875",
      "truncated": false,
      "retweet_count": "0",
      "id": "1954063881236228875",
      "possibly_sensitive": false,
      "created_at": "Sat Aug 09 06:15:08 +0000 2025",
      "favorited": false,
      "full_text": "a year ago i was doing foundation in my hometown and now i'm here. genuinely grateful &lt;3",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1951850121553191960"
          ],
          "editableUntil": "2025-08-03T04:38:27.166Z",
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
      "favorite_count": "88",
      "id_str": "1951850121553191960",
      "truncated": false,
      "retweet_count": "0",
      "id": "1951850121553191960",
      "possibly_sensitive": false,
      "created_at": "Sun Aug 03 03:38:27 +0000 2025",
      "favorited": false,
      "full_text": "josh drove us home from the afters after like 6 pints and honestly he drives better drunk, smoothest ride of my life 🚗💨",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1950550431945091560"
          ],
          "editableUntil": "2025-07-30T14:33:57.461Z",
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
      "favorite_count": "88",
      "id_str": "1950550431945091560",
      "truncated": false,
      "retweet_count": "0",
      "id": "1950550431945091560",
      "possibly_sensitive": false,
      "created_at": "Wed Jul 30 13:33:57 +0000 2025",
      "favorited": false,
      "full_text": "anyone know a good vocal coach in manchester under £30 a session? asking for my poor overworked chest voice",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1950021919498954616"
          ],
          "editableUntil": "2025-07-29T03:33:49.800Z",
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
            "name": "lucy ✨",
            "screen_name": "lucy_onstage",
            "indices": [
              "0",
              "13"
            ],
            "id_str": "1610334852671926272",
            "id": "1610334852671926272"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "14",
        "65"
      ],
      "favorite_count": "88",
      "in_reply_to_status_id_str": "1950021141754397699",
      "in_reply_to_status_id": "1950021141754397699",
      "in_reply_to_user_id": "1610334852671926272",
      "in_reply_to_user_id_str": "1610334852671926272",
      "in_reply_to_screen_name": "lucy_onstage",
      "id_str": "1950021919498954616",
      "truncated": false,
      "retweet_count": "1",
      "id": "1950021919498954616",
      "possibly_sensitive": false,
      "created_at": "Tue Jul 29 02:33:49 +0000 2025",
      "favorited": false,
      "full_text": "@lucy_onstage congrats babe!! so proud of u, that role is YOURS 💕",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1937462432599484098"
          ],
          "editableUntil": "2025-06-24T11:46:54.109Z",
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
        "120"
      ],
      "favorite_count": "88",
      "id_str": "1937462432599484098",
      "truncated": false,
      "retweet_count": "1",
      "id": "1937462432599484098",
      "possibly_sensitive": false,
      "created_at": "Tue Jun 24 10:46:54 +0000 2025",
      "favorited": false,
      "full_text": "box office for the spring show is 0161 496 0381, opens at 10, student tickets £6. come watch me cry on stage for 2 hours",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1932426275125360733"
          ],
          "editableUntil": "2025-06-10T14:15:01.083Z",
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
      "favorite_count": "1",
      "id_str": "1932426275125360733",
      "truncated": false,
      "retweet_count": "5",
      "id": "1932426275125360733",
      "possibly_sensitive": false,
      "created_at": "Tue Jun 10 13:15:01 +0000 2025",
      "favorited": false,
      "full_text": "nicked a traffic cone and a bottle of prosecco from the offy on the walk home, tradition is tradition 🚧🍾",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1927099848291644434"
          ],
          "editableUntil": "2025-05-26T21:29:42.742Z",
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
        "96"
      ],
      "favorite_count": "4",
      "id_str": "1927099848291644434",
      "truncated": false,
      "retweet_count": "0",
      "id": "1927099848291644434",
      "possibly_sensitive": false,
      "created_at": "Mon May 26 20:29:42 +0000 2025",
      "favorited": false,
      "full_text": "boarding pass selfie!! ibiza here i come ✈️ booking ref K7QZ4M seat 23A pls dont move me ryanair",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1924397316106700724"
          ],
          "editableUntil": "2025-05-19T10:30:48.964Z",
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
            "name": "UK Club Memes",
            "screen_name": "ukclubmemes",
            "indices": [
              "3",
              "15"
            ],
            "id_str": "1287754311023157249",
            "id": "1287754311023157249"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "60"
      ],
      "favorite_count": "0",
      "id_str": "1924397316106700724",
      "truncated": false,
      "retweet_count": "260",
      "id": "1924397316106700724",
      "possibly_sensitive": false,
      "created_at": "Mon May 19 09:30:48 +0000 2025",
      "favorited": false,
      "full_text": "RT @ukclubmemes: tag the mate who's still out from friday 🥴🍻",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1917352653109440253"
          ],
          "editableUntil": "2025-04-29T23:57:49.579Z",
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
        "135"
      ],
      "favorite_count": "0",
      "id_str": "1917352653109440253",
      "truncated": false,
      "retweet_count": "5",
      "id": "1917352653109440253",
      "possibly_sensitive": false,
      "created_at": "Tue Apr 29 22:57:49 +0000 2025",
      "favorited": false,
      "full_text": "told my director i killed it in the audition and she said 'darling you murdered it' and i genuinely don't know if that was a compliment",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1917296287687537093"
          ],
          "editableUntil": "2025-04-29T20:13:51.021Z",
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
      "favorite_count": "41",
      "id_str": "1917296287687537093",
      "truncated": false,
      "retweet_count": "2",
      "id": "1917296287687537093",
      "possibly_sensitive": false,
      "created_at": "Tue Apr 29 19:13:51 +0000 2025",
      "favorited": false,
      "full_text": "the cocktail sausages at opening night were the real star of the show and i stand by that",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1912634768803865133"
          ],
          "editableUntil": "2025-04-16T23:30:38.364Z",
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
      "favorite_count": "88",
      "id_str": "1912634768803865133",
      "truncated": false,
      "retweet_count": "0",
      "id": "1912634768803865133",
      "possibly_sensitive": false,
      "created_at": "Wed Apr 16 22:30:38 +0000 2025",
      "favorited": false,
      "full_text": "learnt today that 'break a leg' might come from bowing so low you bend your leg. anyway break legs everyone x",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1908861620270729808"
          ],
          "editableUntil": "2025-04-06T13:37:29.350Z",
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
        "149"
      ],
      "favorite_count": "17",
      "id_str": "1908861620270729808",
      "truncated": false,
      "retweet_count": "2",
      "id": "1908861620270729808",
      "possibly_sensitive": false,
      "created_at": "Sun Apr 06 12:37:29 +0000 2025",
      "favorited": false,
      "full_text": "can't say much but the 3rd year showcase is getting axed and they're not telling anyone till after next term's fees go out lol. love this institution",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1904256634994218433"
          ],
          "editableUntil": "2025-03-24T20:38:55.373Z",
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
      "favorite_count": "12",
      "id_str": "1904256634994218433",
      "truncated": false,
      "retweet_count": "0",
      "id": "1904256634994218433",
      "possibly_sensitive": false,
      "created_at": "Mon Mar 24 19:38:55 +0000 2025",
      "favorited": false,
      "full_text": "2 hour workshop on intimacy coordination today and honestly every single theatre should have one. consent on stage matters",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1899857956139992303"
          ],
          "editableUntil": "2025-03-12T17:20:09.372Z",
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
        "108"
      ],
      "favorite_count": "6",
      "id_str": "1899857956139992303",
      "truncated": false,
      "retweet_count": "0",
      "id": "1899857956139992303",
      "possibly_sensitive": false,
      "created_at": "Wed Mar 12 16:20:09 +0000 2025",
      "favorited": false,
      "full_text": "'out, damned spot!' i apparently say damned with far too much relish. lady m is going well thanks for asking",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1897582176948592421"
          ],
          "editableUntil": "2025-03-06T10:37:01.840Z",
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
        "92"
      ],
      "favorite_count": "3",
      "id_str": "1897582176948592421",
      "truncated": false,
      "retweet_count": "2",
      "id": "1897582176948592421",
      "possibly_sensitive": false,
      "created_at": "Thu Mar 06 09:37:01 +0000 2025",
      "favorited": false,
      "full_text": "if this gets 500 likes i'm posting the mirror pic without the towel 👀 18+ only dont be weird",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1886687798636546484"
          ],
          "editableUntil": "2025-02-04T09:06:38.776Z",
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
            "name": "NY Theatre Leeds",
            "screen_name": "nytheatreleeds",
            "indices": [
              "3",
              "18"
            ],
            "id_str": "911538014432161792",
            "id": "911538014432161792"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "104"
      ],
      "favorite_count": "0",
      "id_str": "1886687798636546484",
      "truncated": false,
      "retweet_count": "467",
      "id": "1886687798636546484",
      "possibly_sensitive": false,
      "created_at": "Tue Feb 04 08:06:38 +0000 2025",
      "favorited": false,
      "full_text": "RT @nytheatreleeds: open auditions for our summer youth tour are now live! ages 18-25, no fee to apply 🎭",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1884480588293826014"
          ],
          "editableUntil": "2025-01-29T06:55:58.118Z",
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
            "name": "Megan 🌻",
            "screen_name": "megsyy_x",
            "indices": [
              "0",
              "9"
            ],
            "id_str": "1493021177338298371",
            "id": "1493021177338298371"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "10",
        "84"
      ],
      "favorite_count": "6",
      "in_reply_to_status_id_str": "1884479933967743887",
      "in_reply_to_status_id": "1884479933967743887",
      "in_reply_to_user_id": "1493021177338298371",
      "in_reply_to_user_id_str": "1493021177338298371",
      "in_reply_to_screen_name": "megsyy_x",
      "id_str": "1884480588293826014",
      "truncated": false,
      "retweet_count": "0",
      "id": "1884480588293826014",
      "possibly_sensitive": false,
      "created_at": "Wed Jan 29 05:55:58 +0000 2025",
      "favorited": false,
      "full_text": "@megsyy_x stfu bestie YOU were the one sobbing into a 20 nugget at maccies at 5am 😭😭",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1882585748865927596"
          ],
          "editableUntil": "2025-01-24T01:26:33.118Z",
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
        "131"
      ],
      "favorite_count": "23",
      "id_str": "1882585748865927596",
      "truncated": false,
      "retweet_count": "0",
      "id": "1882585748865927596",
      "possibly_sensitive": false,
      "created_at": "Fri Jan 24 00:26:33 +0000 2025",
      "favorited": false,
      "full_text": "my manager at the bar pays us £9.50 and keeps the tips for 'breakages'. the only thing broken in that building is his moral compass",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1875120648335126128"
          ],
          "editableUntil": "2025-01-03T11:02:55.529Z",
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
        "98"
      ],
      "favorite_count": "9",
      "id_str": "1875120648335126128",
      "truncated": false,
      "retweet_count": "0",
      "id": "1875120648335126128",
      "possibly_sensitive": false,
      "created_at": "Fri Jan 03 10:02:55 +0000 2025",
      "favorited": false,
      "full_text": "house party at ours saturday!! 14 ashgrove terrace, flat 3, buzz twice. bring ice &amp; a bad attitude",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1871905655979496643"
          ],
          "editableUntil": "2024-12-25T14:07:41.268Z",
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
      "favorite_count": "88",
      "id_str": "1871905655979496643",
      "truncated": false,
      "retweet_count": "0",
      "id": "1871905655979496643",
      "possibly_sensitive": false,
      "created_at": "Wed Dec 25 13:07:41 +0000 2024",
      "favorited": false,
      "full_text": "pregame was 4 vodka &amp; redbulls and a dream. warehouse project tonight we RIDE 🍾🍾",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1871874018548424801"
          ],
          "editableUntil": "2024-12-25T12:01:58.211Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [
          {
            "text": "UK48203115",
            "indices": [
              "11",
              "22"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "73"
      ],
      "favorite_count": "23",
      "id_str": "1871874018548424801",
      "truncated": false,
      "retweet_count": "0",
      "id": "1871874018548424801",
      "possibly_sensitive": false,
      "created_at": "Wed Dec 25 11:01:58 +0000 2024",
      "favorited": false,
      "full_text": "ASOS order #UK48203115 still hasn't arrived and the dress is for FRIDAY 😤",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1865554138195734206"
          ],
          "editableUntil": "2024-12-08T01:29:01.115Z",
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
        "103"
      ],
      "favorite_count": "23",
      "id_str": "1865554138195734206",
      "truncated": false,
      "retweet_count": "5",
      "id": "1865554138195734206",
      "possibly_sensitive": false,
      "created_at": "Sun Dec 08 00:29:01 +0000 2024",
      "favorited": false,
      "full_text": "rehearsing the drunk scene in twelfth night and sir toby belch is carrying this entire cast on his back",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1864033180420985352"
          ],
          "editableUntil": "2024-12-03T20:45:16.110Z",
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
        "67"
      ],
      "favorite_count": "17",
      "id_str": "1864033180420985352",
      "truncated": false,
      "retweet_count": "1",
      "id": "1864033180420985352",
      "possibly_sensitive": false,
      "created_at": "Tue Dec 03 19:45:16 +0000 2024",
      "favorited": false,
      "full_text": "playing lady macbeth in the showcase. bring tissues and a dagger 🗡️",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1863405496401270573"
          ],
          "editableUntil": "2024-12-02T03:11:05.060Z",
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
      "favorite_count": "17",
      "id_str": "1863405496401270573",
      "truncated": false,
      "retweet_count": "2",
      "id": "1863405496401270573",
      "possibly_sensitive": false,
      "created_at": "Mon Dec 02 02:11:05 +0000 2024",
      "favorited": false,
      "full_text": "we do NOT need another 'colour blind casting' juliet with an accent nobody in the back row can understand. just saying",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1855547251399672513"
          ],
          "editableUntil": "2024-11-10T10:45:13.835Z",
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
        "83"
      ],
      "favorite_count": "17",
      "id_str": "1855547251399672513",
      "truncated": false,
      "retweet_count": "0",
      "id": "1855547251399672513",
      "possibly_sensitive": false,
      "created_at": "Sun Nov 10 09:45:13 +0000 2024",
      "favorited": false,
      "full_text": "new fit for tonight leaves very little to the imagination 😈 manchester is NOT ready",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1855059991323457245"
          ],
          "editableUntil": "2024-11-09T02:29:01.915Z",
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
        "120"
      ],
      "favorite_count": "6",
      "id_str": "1855059991323457245",
      "truncated": false,
      "retweet_count": "0",
      "id": "1855059991323457245",
      "possibly_sensitive": false,
      "created_at": "Sat Nov 09 01:29:01 +0000 2024",
      "favorited": false,
      "full_text": "new boy in our year is lovely but he's SO obviously gay they'll only ever cast him as the camp best friend lol which tbf",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1853701801580191176"
          ],
          "editableUntil": "2024-11-05T08:32:04.006Z",
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
        "110"
      ],
      "favorite_count": "0",
      "id_str": "1853701801580191176",
      "truncated": false,
      "retweet_count": "2",
      "id": "1853701801580191176",
      "possibly_sensitive": false,
      "created_at": "Tue Nov 05 07:32:04 +0000 2024",
      "favorited": false,
      "full_text": "new headshots are IN and i finally look like an actual actress 📸 shot by the loveliest photographer in salford",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1850579747047446355"
          ],
          "editableUntil": "2024-10-27T17:46:08.203Z",
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
      "favorite_count": "2",
      "id_str": "1850579747047446355",
      "truncated": false,
      "retweet_count": "5",
      "id": "1850579747047446355",
      "possibly_sensitive": false,
      "created_at": "Sun Oct 27 16:46:08 +0000 2024",
      "favorited": false,
      "full_text": "we're doing 'shooting stars' as our warm up game and i've been shot 4 times already. drama school is a cult",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1848336978516916771"
          ],
          "editableUntil": "2024-10-21T13:14:10.397Z",
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
      "favorite_count": "23",
      "id_str": "1848336978516916771",
      "truncated": false,
      "retweet_count": "0",
      "id": "1848336978516916771",
      "possibly_sensitive": false,
      "created_at": "Mon Oct 21 12:14:10 +0000 2024",
      "favorited": false,
      "full_text": "watching the hangover for film studies. this counts as academic research and i will not be taking questions",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1846168096978343676"
          ],
          "editableUntil": "2024-10-15T13:35:49.563Z",
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
        "93"
      ],
      "favorite_count": "1",
      "id_str": "1846168096978343676",
      "truncated": false,
      "retweet_count": "2",
      "id": "1846168096978343676",
      "possibly_sensitive": false,
      "created_at": "Tue Oct 15 12:35:49 +0000 2024",
      "favorited": false,
      "full_text": "sat in movement class still actually rolling from saturday, the floor work hit different 💊😵‍💫",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1841635584658686443"
          ],
          "editableUntil": "2024-10-03T01:25:13.897Z",
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
      "favorite_count": "0",
      "id_str": "1841635584658686443",
      "truncated": false,
      "retweet_count": "1",
      "id": "1841635584658686443",
      "possibly_sensitive": false,
      "created_at": "Thu Oct 03 00:25:13 +0000 2024",
      "favorited": false,
      "full_text": "my cat sat on my script for an hour and now she's basically my understudy",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1833835008650236728"
          ],
          "editableUntil": "2024-09-11T12:48:31.847Z",
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
      "favorite_count": "17",
      "id_str": "1833835008650236728",
      "truncated": false,
      "retweet_count": "1",
      "id": "1833835008650236728",
      "possibly_sensitive": false,
      "created_at": "Wed Sep 11 11:48:31 +0000 2024",
      "favorited": false,
      "full_text": "bouncer at velvet grabbed my mate by the arm so i threw my drink in his face and legged it. no regrets, would do again",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1829878694024233161"
          ],
          "editableUntil": "2024-08-31T14:47:32.086Z",
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
      "favorite_count": "88",
      "id_str": "1829878694024233161",
      "truncated": false,
      "retweet_count": "0",
      "id": "1829878694024233161",
      "possibly_sensitive": false,
      "created_at": "Sat Aug 31 13:47:32 +0000 2024",
      "favorited": false,
      "full_text": "found out the barback gets £2 an hour more than me bc he's 'stronger'. saw it on the pay sheet in the office. love that for him",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1828466350856517636"
          ],
          "editableUntil": "2024-08-27T17:15:23.220Z",
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
            "name": "Ryanair",
            "screen_name": "Ryanair",
            "indices": [
              "0",
              "8"
            ],
            "id_str": "1542862735",
            "id": "1542862735"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "9",
        "107"
      ],
      "favorite_count": "17",
      "in_reply_to_status_id_str": "1828465854352227341",
      "in_reply_to_status_id": "1828465854352227341",
      "in_reply_to_user_id": "1542862735",
      "in_reply_to_user_id_str": "1542862735",
      "in_reply_to_screen_name": "Ryanair",
      "id_str": "1828466350856517636",
      "truncated": false,
      "retweet_count": "0",
      "id": "1828466350856517636",
      "possibly_sensitive": false,
      "created_at": "Tue Aug 27 16:15:23 +0000 2024",
      "favorited": false,
      "full_text": "@Ryanair flight FR 8342 delayed 3 hours and counting, is there any food voucher or do i just eat my own arm",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1827077621608409735"
          ],
          "editableUntil": "2024-08-23T21:17:05.464Z",
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
        "69"
      ],
      "favorite_count": "88",
      "id_str": "1827077621608409735",
      "truncated": false,
      "retweet_count": "0",
      "id": "1827077621608409735",
      "possibly_sensitive": false,
      "created_at": "Fri Aug 23 20:17:05 +0000 2024",
      "favorited": false,
      "full_text": "ran from the police on a lime bike at 3am and WON 🏆🚲 cardio is cardio",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1826544134683781534"
          ],
          "editableUntil": "2024-08-22T09:57:11.076Z",
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
        "69"
      ],
      "favorite_count": "3",
      "id_str": "1826544134683781534",
      "truncated": false,
      "retweet_count": "1",
      "id": "1826544134683781534",
      "possibly_sensitive": false,
      "created_at": "Thu Aug 22 08:57:11 +0000 2024",
      "favorited": false,
      "full_text": "virgin mojito supremacy. the SU mocktail menu is actually elite now 🍹",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1822175286539019541"
          ],
          "editableUntil": "2024-08-10T08:36:57.810Z",
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
      "favorite_count": "12",
      "id_str": "1822175286539019541",
      "truncated": false,
      "retweet_count": "1",
      "id": "1822175286539019541",
      "possibly_sensitive": false,
      "created_at": "Sat Aug 10 07:36:57 +0000 2024",
      "favorited": false,
      "full_text": "genuinely thinking of starting an OF to pay off my student loan. would u subscribe. be honest 🍑",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1819794236011714835"
          ],
          "editableUntil": "2024-08-03T18:55:30.734Z",
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
      "favorite_count": "12",
      "id_str": "1819794236011714835",
      "truncated": false,
      "retweet_count": "1",
      "id": "1819794236011714835",
      "possibly_sensitive": false,
      "created_at": "Sat Aug 03 17:55:30 +0000 2024",
      "favorited": false,
      "full_text": "the blue tits are back on my windowsill and they are SO small and round and perfect 🐦",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1817450093068934555"
          ],
          "editableUntil": "2024-07-28T07:40:43.982Z",
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
        "135"
      ],
      "favorite_count": "1",
      "id_str": "1817450093068934555",
      "truncated": false,
      "retweet_count": "0",
      "id": "1817450093068934555",
      "possibly_sensitive": false,
      "created_at": "Sun Jul 28 06:40:43 +0000 2024",
      "favorited": false,
      "full_text": "abba night was SO messy i woke up with glitter in places glitter should never be and a stranger's hoodie 😳 no i will not be elaborating",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1807904998941055174"
          ],
          "editableUntil": "2024-07-01T23:31:55.415Z",
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
        "105"
      ],
      "favorite_count": "1",
      "id_str": "1807904998941055174",
      "truncated": false,
      "retweet_count": "1",
      "id": "1807904998941055174",
      "possibly_sensitive": false,
      "created_at": "Mon Jul 01 22:31:55 +0000 2024",
      "favorited": false,
      "full_text": "smoking area philosophy at 4am with a 🍃 in one hand and a jägerbomb in the other. i am the main character",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1801419266235189851"
          ],
          "editableUntil": "2024-06-14T01:59:56.582Z",
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
      "favorite_count": "6",
      "id_str": "1801419266235189851",
      "truncated": false,
      "retweet_count": "5",
      "id": "1801419266235189851",
      "possibly_sensitive": false,
      "created_at": "Fri Jun 14 00:59:56 +0000 2024",
      "favorited": false,
      "full_text": "wtf is this weather manchester ffs i look like a drowned rat before we've even got in the queue",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1798369015952510504"
          ],
          "editableUntil": "2024-06-05T15:59:20.038Z",
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
      "favorite_count": "17",
      "id_str": "1798369015952510504",
      "truncated": false,
      "retweet_count": "5",
      "id": "1798369015952510504",
      "possibly_sensitive": false,
      "created_at": "Wed Jun 05 14:59:20 +0000 2024",
      "favorited": false,
      "full_text": "came home at 7am, showered, went straight to 9am voice class still pissed. projected beautifully tho. RADA who?",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1797727963289330146"
          ],
          "editableUntil": "2024-06-03T21:32:01.727Z",
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
      "favorite_count": "1",
      "id_str": "1797727963289330146",
      "truncated": false,
      "retweet_count": "5",
      "id": "1797727963289330146",
      "possibly_sensitive": false,
      "created_at": "Mon Jun 03 20:32:01 +0000 2024",
      "favorited": false,
      "full_text": "stage combat exam tomorrow, i have to slap matt across the face (safely, with a knap) and throw him into a table. pray for him 🤜",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1797412005764878757"
          ],
          "editableUntil": "2024-06-03T00:36:31.321Z",
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
      "favorite_count": "4",
      "id_str": "1797412005764878757",
      "truncated": false,
      "retweet_count": "2",
      "id": "1797412005764878757",
      "possibly_sensitive": false,
      "created_at": "Sun Jun 02 23:36:31 +0000 2024",
      "favorited": false,
      "full_text": "my flatmate's ex keeps telling people her new number is 07700 900417 so if u wanna ruin her day be my guest x",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1797016151308067327"
          ],
          "editableUntil": "2024-06-01T22:23:32.926Z",
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
        "110"
      ],
      "favorite_count": "6",
      "id_str": "1797016151308067327",
      "truncated": false,
      "retweet_count": "0",
      "id": "1797016151308067327",
      "possibly_sensitive": false,
      "created_at": "Sat Jun 01 21:23:32 +0000 2024",
      "favorited": false,
      "full_text": "any lad from wythenshawe in my dms is getting blocked on sight. sorry not sorry, we all know what they're like",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1791485130935593471"
          ],
          "editableUntil": "2024-05-17T16:05:14.291Z",
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
        "121"
      ],
      "favorite_count": "6",
      "id_str": "1791485130935593471",
      "truncated": false,
      "retweet_count": "0",
      "id": "1791485130935593471",
      "possibly_sensitive": false,
      "created_at": "Fri May 17 15:05:14 +0000 2024",
      "favorited": false,
      "full_text": "that girl who shoved me in the queue at 2am better pray i never see her again bc i WILL end her. i know where she works x",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1789659283141158342"
          ],
          "editableUntil": "2024-05-12T15:09:58.597Z",
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
        "146"
      ],
      "favorite_count": "2",
      "id_str": "1789659283141158342",
      "truncated": false,
      "retweet_count": "1",
      "id": "1789659283141158342",
      "possibly_sensitive": false,
      "created_at": "Sun May 12 14:09:58 +0000 2024",
      "favorited": false,
      "full_text": "saw the casting list on the director's laptop before it goes up tmrw. some people are about to be VERY disappointed 👀 (not me, hedda gabler who??)",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1787532102561498878"
          ],
          "editableUntil": "2024-05-06T18:17:18.673Z",
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
        "100"
      ],
      "favorite_count": "12",
      "id_str": "1787532102561498878",
      "truncated": false,
      "retweet_count": "0",
      "id": "1787532102561498878",
      "possibly_sensitive": false,
      "created_at": "Mon May 06 17:17:18 +0000 2024",
      "favorited": false,
      "full_text": "the way he said 'i could do a lot with those hips' in the smoking area 🍆💦 yes sir whatever u say sir",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1781950279204463243"
          ],
          "editableUntil": "2024-04-21T08:37:08.391Z",
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
      "favorite_count": "9",
      "id_str": "1781950279204463243",
      "truncated": false,
      "retweet_count": "5",
      "id": "1781950279204463243",
      "possibly_sensitive": false,
      "created_at": "Sun Apr 21 07:37:08 +0000 2024",
      "favorited": false,
      "full_text": "mum came to see the show and cried through the entire second act. i'm not crying you're crying",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1775236336182560942"
          ],
          "editableUntil": "2024-04-02T19:58:19.424Z",
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
      "favorite_count": "0",
      "id_str": "1775236336182560942",
      "truncated": false,
      "retweet_count": "0",
      "id": "1775236336182560942",
      "possibly_sensitive": false,
      "created_at": "Tue Apr 02 18:58:19 +0000 2024",
      "favorited": false,
      "full_text": "spotted dick on the canteen menu today and i'm not even joking. british cuisine is unhinged",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1774973717345461703"
          ],
          "editableUntil": "2024-04-02T02:34:46.214Z",
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
        "98"
      ],
      "favorite_count": "1",
      "id_str": "1774973717345461703",
      "truncated": false,
      "retweet_count": "2",
      "id": "1774973717345461703",
      "possibly_sensitive": false,
      "created_at": "Tue Apr 02 01:34:46 +0000 2024",
      "favorited": false,
      "full_text": "the chicago revival is MURDERING it this year, go and see it before it closes, roxie is everything",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1773787308115765241"
          ],
          "editableUntil": "2024-03-29T20:00:24.481Z",
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
        "59"
      ],
      "favorite_count": "41",
      "id_str": "1773787308115765241",
      "truncated": false,
      "retweet_count": "2",
      "id": "1773787308115765241",
      "possibly_sensitive": false,
      "created_at": "Fri Mar 29 19:00:24 +0000 2024",
      "favorited": false,
      "full_text": "tesco meal deal and a nap between classes. living the dream",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1757306734382433661"
          ],
          "editableUntil": "2024-02-13T08:32:29.967Z",
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
      "favorite_count": "23",
      "id_str": "1757306734382433661",
      "truncated": false,
      "retweet_count": "0",
      "id": "1757306734382433661",
      "possibly_sensitive": false,
      "created_at": "Tue Feb 13 07:32:29 +0000 2024",
      "favorited": false,
      "full_text": "who's got a ❄️ plug in fallowfield, asking for a friend (the friend is me)",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1753926727041987195"
          ],
          "editableUntil": "2024-02-04T00:41:32.887Z",
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
        "87"
      ],
      "favorite_count": "0",
      "id_str": "1753926727041987195",
      "truncated": false,
      "retweet_count": "0",
      "id": "1753926727041987195",
      "possibly_sensitive": false,
      "created_at": "Sat Feb 03 23:41:32 +0000 2024",
      "favorited": false,
      "full_text": "PSA velvet waters down the doubles. i know bc i'm the one doing it. management orders 🙃",
      "lang": "en"
    }
  }
]