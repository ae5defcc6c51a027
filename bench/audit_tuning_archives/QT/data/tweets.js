window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1979792509061462600"
          ],
          "editableUntil" : "2025-10-19T07:11:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "121"
      ],
      "favorite_count" : "0",
      "id_str" : "1979792509061462600",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1979792509061462600",
      "created_at" : "Sun Oct 19 06:11:31 +0000 2025",
      "favorited" : false,
      "full_text" : "night shift brain: sent a pic meant for the spicy folder to the rota WhatsApp. 60 doctors. it was not a pic of my rota 🙈🔞",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1975668867112333715"
          ],
          "editableUntil" : "2025-10-07T22:05:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "5",
      "id_str" : "1975668867112333715",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1975668867112333715",
      "created_at" : "Tue Oct 07 21:05:38 +0000 2025",
      "favorited" : false,
      "full_text" : "overtook a police car on the A64 at 5am cause I forgot I was driving. they didn't bother following. respect",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1970224485027958952"
          ],
          "editableUntil" : "2025-09-22T21:31:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "FOAMed",
            "indices" : [
              "148",
              "155"
            ]
          },
          {
            "text" : "MedEd",
            "indices" : [
              "156",
              "162"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "162"
      ],
      "favorite_count" : "6",
      "id_str" : "1970224485027958952",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1970224485027958952",
      "created_at" : "Mon Sep 22 20:31:36 +0000 2025",
      "favorited" : false,
      "full_text" : "Sim session today: ketamine for procedural sedation, then reducing a dislocated shoulder on a mannequin called Derek. Thanks to everyone who came 🙌 #FOAMed #MedEd",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1968345978866810659"
          ],
          "editableUntil" : "2025-09-17T17:07:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "0",
      "id_str" : "1968345978866810659",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1968345978866810659",
      "created_at" : "Wed Sep 17 16:07:06 +0000 2025",
      "favorited" : false,
      "full_text" : "Mum's 60th today. took her for afternoon tea and she cried at the scones. love her",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1963751183443798113"
          ],
          "editableUntil" : "2025-09-05T00:49:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jamie G",
            "screen_name" : "jamie_grim",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1213981264139864419",
            "id" : "1213981264139864419"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "12",
        "93"
      ],
      "favorite_count" : "0",
      "id_str" : "1963751183443798113",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1963751183443798113",
      "created_at" : "Thu Sep 04 23:49:01 +0000 2025",
      "favorited" : false,
      "full_text" : "@jamie_grim BA1472 to Glasgow delayed 3 hours -&gt; there goes your stag dinner 🙃 save me a chip",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1963450042767917252",
      "in_reply_to_user_id" : "1213981264139864419",
      "in_reply_to_status_id" : "1963450042767917252",
      "in_reply_to_screen_name" : "jamie_grim",
      "in_reply_to_user_id_str" : "1213981264139864419"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1963470246101366775"
          ],
          "editableUntil" : "2025-09-04T06:12:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "4",
      "id_str" : "1963470246101366775",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1963470246101366775",
      "created_at" : "Thu Sep 04 05:12:40 +0000 2025",
      "favorited" : false,
      "full_text" : "cheeky 🍃 on the balcony after a 13hr shift is the only thing holding me together tbh",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1962305902282048751"
          ],
          "editableUntil" : "2025-09-01T01:05:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "141"
      ],
      "favorite_count" : "0",
      "id_str" : "1962305902282048751",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1962305902282048751",
      "created_at" : "Mon Sep 01 00:05:59 +0000 2025",
      "favorited" : false,
      "full_text" : "on the interview panel for the new ACP post tomorrow. please god not another one with an accent so thick the patients can't understand a word",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1959020571803178433"
          ],
          "editableUntil" : "2025-08-22T23:31:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "6",
      "id_str" : "1959020571803178433",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1959020571803178433",
      "created_at" : "Fri Aug 22 22:31:15 +0000 2025",
      "favorited" : false,
      "full_text" : "date asked what I'm wearing. scrubs and nothing underneath, it's laundry day babe 😘",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1958263978620422736"
          ],
          "editableUntil" : "2025-08-20T21:24:49.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "4",
      "id_str" : "1958263978620422736",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1958263978620422736",
      "created_at" : "Wed Aug 20 20:24:49 +0000 2025",
      "favorited" : false,
      "full_text" : "payday! immediately gone on GMC fee, BMA sub and indemnity. was rich for 11 minutes",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1955331667839001133"
          ],
          "editableUntil" : "2025-08-12T19:12:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "126"
      ],
      "favorite_count" : "6",
      "id_str" : "1955331667839001133",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1955331667839001133",
      "created_at" : "Tue Aug 12 18:12:52 +0000 2025",
      "favorited" : false,
      "full_text" : "colleague's ARCP outcome left up on the doctors' room PC. outcome 3. poor lad. anyway dibs on his nights when he has to extend",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1953790442979153800"
          ],
          "editableUntil" : "2025-08-08T13:08:35.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "0",
      "id_str" : "1953790442979153800",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1953790442979153800",
      "created_at" : "Fri Aug 08 12:08:35 +0000 2025",
      "favorited" : false,
      "full_text" : "our pharmacist Dick retires on Friday after 32 years. absolute legend. the department will fall apart without him",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1945624224181628669"
          ],
          "editableUntil" : "2025-07-17T00:18:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "137"
      ],
      "favorite_count" : "5",
      "id_str" : "1945624224181628669",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1945624224181628669",
      "created_at" : "Wed Jul 16 23:18:57 +0000 2025",
      "favorited" : false,
      "full_text" : "security took 20 mins. by then me and the HCA had him on the floor and I may have knelt on him a bit harder than was strictly necessary 🙃",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1944746963429836724"
          ],
          "editableUntil" : "2025-07-14T14:13:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "193"
      ],
      "favorite_count" : "8",
      "id_str" : "1944746963429836724",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1944746963429836724",
      "created_at" : "Mon Jul 14 13:13:02 +0000 2025",
      "favorited" : false,
      "full_text" : "F2 done. ~2,000 patients, 3 stethoscopes lost, 1 exam passed, 0 regrets about leaving engineering. Taking 2 weeks to sleep, then ACCS in Leeds. Thank you to every nurse who saved me from myself",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1944648187082044434"
          ],
          "editableUntil" : "2025-07-14T07:40:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "0",
      "id_str" : "1944648187082044434",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1944648187082044434",
      "created_at" : "Mon Jul 14 06:40:32 +0000 2025",
      "favorited" : false,
      "full_text" : "shot put, javelin and discus at my niece's sports day. no casualties. proud auntie 🥇",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1944631003510896733"
          ],
          "editableUntil" : "2025-07-14T06:32:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "168"
      ],
      "favorite_count" : "7",
      "id_str" : "1944631003510896733",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1944631003510896733",
      "created_at" : "Mon Jul 14 05:32:15 +0000 2025",
      "favorited" : false,
      "full_text" : "August rota came out at 9pm tonight. For shifts starting Monday. 7 nights, one 'zero day', then a long day. Whoever builds these has never met a human body and it shows",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1937056139468449474"
          ],
          "editableUntil" : "2025-06-23T08:52:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "157"
      ],
      "favorite_count" : "6",
      "id_str" : "1937056139468449474",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1937056139468449474",
      "created_at" : "Mon Jun 23 07:52:27 +0000 2025",
      "favorited" : false,
      "full_text" : "lost property from A&amp;E goes to main reception, Riverside General, Beckett Street, open 8-8, 0113 496 0550. please stop DMing me about your cousin's AirPods 😅",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1936200880906168184"
          ],
          "editableUntil" : "2025-06-21T00:13:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "123"
      ],
      "favorite_count" : "7",
      "id_str" : "1936200880906168184",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1936200880906168184",
      "created_at" : "Fri Jun 20 23:13:57 +0000 2025",
      "favorited" : false,
      "full_text" : "lmfao the tannoy just asked 'the owner of a silver Range Rover' to move it from the ambulance bay and it's the chief exec's",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1935529635521143247"
          ],
          "editableUntil" : "2025-06-19T03:46:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "162"
      ],
      "favorite_count" : "6",
      "id_str" : "1935529635521143247",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1935529635521143247",
      "created_at" : "Thu Jun 19 02:46:40 +0000 2025",
      "favorited" : false,
      "full_text" : "locum covering my nights next week is on £140/hr through the agency. I'm on £19. same job, same stethoscope. his invoice is literally sat on the shared drive lmao",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1934170872292998629"
          ],
          "editableUntil" : "2025-06-15T09:47:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "156"
      ],
      "favorite_count" : "3",
      "id_str" : "1934170872292998629",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1934170872292998629",
      "created_at" : "Sun Jun 15 08:47:25 +0000 2025",
      "favorited" : false,
      "full_text" : "3 days off since March and I'm spending them in Lisbon ✈️ booking ref K7QZ4M. if I miss this flight because of a late handover I will lie down on the runway",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1932304675205250590"
          ],
          "editableUntil" : "2025-06-10T06:11:49.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sarah 🍳",
            "screen_name" : "sarahcooks_",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "3463088746",
            "id" : "3463088746"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "13",
        "67"
      ],
      "favorite_count" : "1",
      "id_str" : "1932304675205250590",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1932304675205250590",
      "created_at" : "Tue Jun 10 05:11:49 +0000 2025",
      "favorited" : false,
      "full_text" : "@sarahcooks_ can't wait for Saturday!! I'm bringing the good crisps",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1931805323796382930",
      "in_reply_to_user_id" : "3463088746",
      "in_reply_to_status_id" : "1931805323796382930",
      "in_reply_to_screen_name" : "sarahcooks_",
      "in_reply_to_user_id_str" : "3463088746"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1922578456915346966"
          ],
          "editableUntil" : "2025-05-14T10:03:18.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "168",
      "id_str" : "1922578456915346966",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1922578456915346966",
      "created_at" : "Wed May 14 09:03:18 +0000 2025",
      "favorited" : false,
      "full_text" : "scrubs flatter nobody except the new ortho reg and honestly he can reduce my dislocation any day 🍑🥵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1920516040481639003"
          ],
          "editableUntil" : "2025-05-08T17:28:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "109"
      ],
      "favorite_count" : "5",
      "id_str" : "1920516040481639003",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1920516040481639003",
      "created_at" : "Thu May 08 16:28:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Frequent flyers from the Eastfield estate are back in force. Full moon + payday, you can set your watch by it",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1918696044766842711"
          ],
          "editableUntil" : "2025-05-03T16:55:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "129"
      ],
      "favorite_count" : "4",
      "id_str" : "1918696044766842711",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1918696044766842711",
      "created_at" : "Sat May 03 15:55:59 +0000 2025",
      "favorited" : false,
      "full_text" : "blue-footed boobies doing their mating dance on the documentary in the relatives' room at 4am. best thing that happened all night",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1918630073023829572"
          ],
          "editableUntil" : "2025-05-03T12:33:50.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "ED Registrar UK",
            "screen_name" : "EDregistrarUK",
            "indices" : [
              "3",
              "17"
            ],
            "id_str" : "449386029964449568",
            "id" : "449386029964449568"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "166"
      ],
      "favorite_count" : "0",
      "id_str" : "1918630073023829572",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1918630073023829572",
      "created_at" : "Sat May 03 11:33:50 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @EDregistrarUK: Trust board voted themselves a 6% uplift the same week they told juniors there's 'no money' for rest facilities. The audacity is almost impressive.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1918117142659783395"
          ],
          "editableUntil" : "2025-05-02T02:35:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "57"
      ],
      "favorite_count" : "6",
      "id_str" : "1918117142659783395",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1918117142659783395",
      "created_at" : "Fri May 02 01:35:38 +0000 2025",
      "favorited" : false,
      "full_text" : "sunrise on the drive home after nights is the only perk 🌅",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1916919277215283307"
          ],
          "editableUntil" : "2025-04-28T19:15:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "192"
      ],
      "favorite_count" : "4",
      "id_str" : "1916919277215283307",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1916919277215283307",
      "created_at" : "Mon Apr 28 18:15:44 +0000 2025",
      "favorited" : false,
      "full_text" : "Not saying who, but a certain councillor who was on the front of the Evening Post last week banging on about 'drug-free streets' came through resus tonight. His tox screen was... interesting 👀",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1916700553407181990"
          ],
          "editableUntil" : "2025-04-28T04:46:37.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "117"
      ],
      "favorite_count" : "4",
      "id_str" : "1916700553407181990",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1916700553407181990",
      "created_at" : "Mon Apr 28 03:46:37 +0000 2025",
      "favorited" : false,
      "full_text" : "consultant's kids are at St Anne's till 3.30 and somehow he's still out the door at 3 every day while we cover. Mate.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1912439494759155106"
          ],
          "editableUntil" : "2025-04-16T10:34:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "116"
      ],
      "favorite_count" : "2",
      "id_str" : "1912439494759155106",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1912439494759155106",
      "created_at" : "Wed Apr 16 09:34:41 +0000 2025",
      "favorited" : false,
      "full_text" : "neighbour has a feeder full of great tits and blue tits and showed me 40 photos of them over the fence. peak day off",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1909004488272178321"
          ],
          "editableUntil" : "2025-04-06T23:05:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "78"
      ],
      "favorite_count" : "5",
      "id_str" : "1909004488272178321",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1909004488272178321",
      "created_at" : "Sun Apr 06 22:05:12 +0000 2025",
      "favorited" : false,
      "full_text" : "PASSED MRCEM PRIMARY 😭😭😭 thank you to everyone who put up with me for 6 months",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1907981707198355501"
          ],
          "editableUntil" : "2025-04-04T03:21:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "138"
      ],
      "favorite_count" : "2",
      "id_str" : "1907981707198355501",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1907981707198355501",
      "created_at" : "Fri Apr 04 02:21:02 +0000 2025",
      "favorited" : false,
      "full_text" : "did the 'drugs of abuse' teaching for the med students today. they know more slang than me. spice, ket, mandy, bars... I am 29 and ancient",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1903259108826016650"
          ],
          "editableUntil" : "2025-03-22T02:35:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "126"
      ],
      "favorite_count" : "6",
      "id_str" : "1903259108826016650",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1903259108826016650",
      "created_at" : "Sat Mar 22 01:35:07 +0000 2025",
      "favorited" : false,
      "full_text" : "PR exam is not 'public relations', as one med student found out in front of a very patient patient today. we've all been there",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1899967681807101136"
          ],
          "editableUntil" : "2025-03-13T00:36:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "6",
      "id_str" : "1899967681807101136",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1899967681807101136",
      "created_at" : "Wed Mar 12 23:36:09 +0000 2025",
      "favorited" : false,
      "full_text" : "not saying anything but every time we get a new IMG reg the handover takes twice as long. just saying",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1898285478116641557"
          ],
          "editableUntil" : "2025-03-08T09:11:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "6",
      "id_str" : "1898285478116641557",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1898285478116641557",
      "created_at" : "Sat Mar 08 08:11:41 +0000 2025",
      "favorited" : false,
      "full_text" : "sat in the car park after shift blasting the Kill Bill soundtrack. cheaper than therapy",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1897159999593020927"
          ],
          "editableUntil" : "2025-03-05T06:39:26.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Mike 🩺",
            "screen_name" : "bigmike_ed",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1405161223",
            "id" : "1405161223"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "12",
        "102"
      ],
      "favorite_count" : "6",
      "id_str" : "1897159999593020927",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1897159999593020927",
      "created_at" : "Wed Mar 05 05:39:26 +0000 2025",
      "favorited" : false,
      "full_text" : "@bigmike_ed the reg from last night? cannot cannulate to save his life. literally. ask for anyone else",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1896843791331774138",
      "in_reply_to_user_id" : "1405161223",
      "in_reply_to_status_id" : "1896843791331774138",
      "in_reply_to_screen_name" : "bigmike_ed",
      "in_reply_to_user_id_str" : "1405161223"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1896774685963345925"
          ],
          "editableUntil" : "2025-03-04T05:08:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "75"
      ],
      "favorite_count" : "6",
      "id_str" : "1896774685963345925",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1896774685963345925",
      "created_at" : "Tue Mar 04 04:08:20 +0000 2025",
      "favorited" : false,
      "full_text" : "bed manager: 'can you just see one more?' me: no. also me: sees 7 more. FFS",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1894999678610091522"
          ],
          "editableUntil" : "2025-02-27T07:35:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "77"
      ],
      "favorite_count" : "2",
      "id_str" : "1894999678610091522",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1894999678610091522",
      "created_at" : "Thu Feb 27 06:35:05 +0000 2025",
      "favorited" : false,
      "full_text" : "anyone in Leeds know a good physio for runners' knees? asking for my left one",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1890528685633311526"
          ],
          "editableUntil" : "2025-02-14T23:28:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "71"
      ],
      "favorite_count" : "4",
      "id_str" : "1890528685633311526",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1890528685633311526",
      "created_at" : "Fri Feb 14 22:28:57 +0000 2025",
      "favorited" : false,
      "full_text" : "drunken noodles from the Thai place on the corner at 3am is a sacrament",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1889924390825077979"
          ],
          "editableUntil" : "2025-02-13T07:27:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "112"
      ],
      "favorite_count" : "19",
      "id_str" : "1889924390825077979",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1889924390825077979",
      "created_at" : "Thu Feb 13 06:27:42 +0000 2025",
      "favorited" : false,
      "full_text" : "tinder match: 'are you a doctor? can you check me out 😏' sir I've done 40 PRs this week, keep your 🍆 to yourself",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1889353274781457542"
          ],
          "editableUntil" : "2025-02-11T17:38:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "135"
      ],
      "favorite_count" : "5",
      "id_str" : "1889353274781457542",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1889353274781457542",
      "created_at" : "Tue Feb 11 16:38:17 +0000 2025",
      "favorited" : false,
      "full_text" : "4th 'protected' teaching session cancelled this month because the department is 'too busy'. It's been too busy since 2019. f**king joke",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1888996420289379005"
          ],
          "editableUntil" : "2025-02-10T18:00:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "91"
      ],
      "favorite_count" : "0",
      "id_str" : "1888996420289379005",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1888996420289379005",
      "created_at" : "Mon Feb 10 17:00:17 +0000 2025",
      "favorited" : false,
      "full_text" : "if the man who spat at Becky comes back in tonight I swear I'll break his other arm for him",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1883352280947444854"
          ],
          "editableUntil" : "2025-01-26T04:12:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "6",
      "id_str" : "1883352280947444854",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1883352280947444854",
      "created_at" : "Sun Jan 26 03:12:29 +0000 2025",
      "favorited" : false,
      "full_text" : "honestly might start taking the leftover oramorph home at this point 😵‍💫 joking. mostly",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1880617211559785894"
          ],
          "editableUntil" : "2025-01-18T15:04:18.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "181"
      ],
      "favorite_count" : "4",
      "id_str" : "1880617211559785894",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1880617211559785894",
      "created_at" : "Sat Jan 18 14:04:18 +0000 2025",
      "favorited" : false,
      "full_text" : "Lovely lady in cubicle 6 tonight, 84, retired head of Millbrook Primary, fell outside the Co-op on Station Rd. Told me all about her 2nd divorce while I glued her forehead. Legend 💕",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1875486665488631758"
          ],
          "editableUntil" : "2025-01-04T11:17:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "165"
      ],
      "favorite_count" : "4",
      "id_str" : "1875486665488631758",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1875486665488631758",
      "created_at" : "Sat Jan 04 10:17:20 +0000 2025",
      "favorited" : false,
      "full_text" : "had a patient's son ask for 'a proper English doctor' tonight. I was born in Leicester General. anyway I glued his mum's head beautifully and she gave me a Werther's",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1875115425226537471"
          ],
          "editableUntil" : "2025-01-03T10:42:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "NHS Blood Donation",
            "screen_name" : "NHSBloodDonor",
            "indices" : [
              "3",
              "17"
            ],
            "id_str" : "3199359747",
            "id" : "3199359747"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "0",
      "id_str" : "1875115425226537471",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1875115425226537471",
      "created_at" : "Fri Jan 03 09:42:09 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @NHSBloodDonor: Every donation can help save up to 3 lives. Book your next appointment today 🩸",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1874653664430262619"
          ],
          "editableUntil" : "2025-01-02T04:07:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "5",
      "id_str" : "1874653664430262619",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1874653664430262619",
      "created_at" : "Thu Jan 02 03:07:17 +0000 2025",
      "favorited" : false,
      "full_text" : "went to Scunthorpe v Grimsby with my dad. 0-0. coldest I've ever been. would freeze again",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1871761810297672008"
          ],
          "editableUntil" : "2024-12-25T04:36:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "128"
      ],
      "favorite_count" : "6",
      "id_str" : "1871761810297672008",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1871761810297672008",
      "created_at" : "Wed Dec 25 03:36:05 +0000 2024",
      "favorited" : false,
      "full_text" : "got flashed doing 70 in a 40 on the way home from nights. I'd like to see a magistrate keep it under 40 after 4 of them in a row",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1869916576301235090"
          ],
          "editableUntil" : "2024-12-20T02:23:47.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "120"
      ],
      "favorite_count" : "3",
      "id_str" : "1869916576301235090",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1869916576301235090",
      "created_at" : "Fri Dec 20 01:23:47 +0000 2024",
      "favorited" : false,
      "full_text" : "why do the older nurses on nights act like they've never seen a computer. should be a retirement age for triage honestly",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1864437109147433719"
          ],
          "editableUntil" : "2024-12-04T23:30:21.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "1",
      "id_str" : "1864437109147433719",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1864437109147433719",
      "created_at" : "Wed Dec 04 22:30:21 +0000 2024",
      "favorited" : false,
      "full_text" : "whoever brought the rum &amp; raisin fudge in for the night team: 0% rum, 100% morale. thank you &lt;3",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1863186250307990710"
          ],
          "editableUntil" : "2024-12-01T12:39:53.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "4",
      "id_str" : "1863186250307990710",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1863186250307990710",
      "created_at" : "Sun Dec 01 11:39:53 +0000 2024",
      "favorited" : false,
      "full_text" : "anyone want to swap my 24th Dec night?? text me 07700 900418, will literally pay you in biscuits and gratitude",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1860494976873320809"
          ],
          "editableUntil" : "2024-11-24T02:25:43.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "91"
      ],
      "favorite_count" : "2",
      "id_str" : "1860494976873320809",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1860494976873320809",
      "created_at" : "Sun Nov 24 01:25:43 +0000 2024",
      "favorited" : false,
      "full_text" : "stabbed myself with my own pen mid-cannula and yelled louder than the patient. professional",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1859065359952516609"
          ],
          "editableUntil" : "2024-11-20T03:44:56.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "4",
      "id_str" : "1859065359952516609",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1859065359952516609",
      "created_at" : "Wed Nov 20 02:44:56 +0000 2024",
      "favorited" : false,
      "full_text" : "new flat!! address for xmas cards: Flat 3, 27 Harcourt Road, Leeds LS6 3QT 🎄 no more mould",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1858922426056279479"
          ],
          "editableUntil" : "2024-11-19T18:16:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "201"
      ],
      "favorite_count" : "1",
      "id_str" : "1858922426056279479",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1858922426056279479",
      "created_at" : "Tue Nov 19 17:16:58 +0000 2024",
      "favorited" : false,
      "full_text" : "Trust wellbeing offer this year: a free slice of pizza and a poster about resilience. Meanwhile they turned our rest room into an office for another Associate Director of Transformation. Love it here x",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1854359472840441841"
          ],
          "editableUntil" : "2024-11-07T04:05:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "142"
      ],
      "favorite_count" : "2",
      "id_str" : "1854359472840441841",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1854359472840441841",
      "created_at" : "Thu Nov 07 03:05:25 +0000 2024",
      "favorited" : false,
      "full_text" : "For anyone trying to reach a patient on the wards, the switchboard is 0113 496 0123 (24h). Please don't ring 999 to ask about visiting times 🙏",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1847854947694311303"
          ],
          "editableUntil" : "2024-10-20T05:18:45.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "189"
      ],
      "favorite_count" : "2",
      "id_str" : "1847854947694311303",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1847854947694311303",
      "created_at" : "Sun Oct 20 04:18:45 +0000 2024",
      "favorited" : false,
      "full_text" : "tonight's greatest hits: 2 NOFs, a crack in a wrist from a trampoline, a toddler vs a Lego, and a man who put his back out doing the Macarena at a wedding. all fine. love this job some days",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1844871523998513368"
          ],
          "editableUntil" : "2024-10-11T23:43:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "117"
      ],
      "favorite_count" : "2",
      "id_str" : "1844871523998513368",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1844871523998513368",
      "created_at" : "Fri Oct 11 22:43:42 +0000 2024",
      "favorited" : false,
      "full_text" : "HR have asked for my NI number for the 4th time. It is JT 48 21 93 D, Sharon. It has not changed. It will not change.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1844530381600899022"
          ],
          "editableUntil" : "2024-10-11T01:08:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "189"
      ],
      "favorite_count" : "5",
      "id_str" : "1844530381600899022",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1844530381600899022",
      "created_at" : "Fri Oct 11 00:08:07 +0000 2024",
      "favorited" : false,
      "full_text" : "someone left the winter escalation plan on the doctors' room printer. Ashgrove MIU is closing from January and NOBODY has told the staff there. good luck to them finding out on here I guess",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1841628922678351124"
          ],
          "editableUntil" : "2024-10-03T00:58:45.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "62"
      ],
      "favorite_count" : "5",
      "id_str" : "1841628922678351124",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1841628922678351124",
      "created_at" : "Wed Oct 02 23:58:45 +0000 2024",
      "favorited" : false,
      "full_text" : "made a lasagne at 2pm after nights. ate it at 2:15. no regrets",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1838062838095837847"
          ],
          "editableUntil" : "2024-09-23T04:48:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "137"
      ],
      "favorite_count" : "3",
      "id_str" : "1838062838095837847",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1838062838095837847",
      "created_at" : "Mon Sep 23 03:48:24 +0000 2024",
      "favorited" : false,
      "full_text" : "post-nights pint became 6 pints became tequila off the bar at Spoons at 11am. back in for 8am tomorrow. it'll be fine. it's always fine 🍻",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1820683318771603602"
          ],
          "editableUntil" : "2024-08-06T05:48:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "65"
      ],
      "favorite_count" : "3",
      "id_str" : "1820683318771603602",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1820683318771603602",
      "created_at" : "Tue Aug 06 04:48:24 +0000 2024",
      "favorited" : false,
      "full_text" : "first shift in A&amp;E tomorrow. terrified. excited. mostly terrified",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1819883868228915748"
          ],
          "editableUntil" : "2024-08-04T00:51:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "induction",
            "indices" : [
              "125",
              "135"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "135"
      ],
      "favorite_count" : "2",
      "id_str" : "1819883868228915748",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1819883868228915748",
      "created_at" : "Sat Aug 03 23:51:40 +0000 2024",
      "favorited" : false,
      "full_text" : "drinking game for induction: every time the medical director says 'we're a family' take a shot. we were on the floor by 10am #induction",
      "lang" : "en"
    }
  }
]