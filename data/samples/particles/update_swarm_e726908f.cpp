// Warp 1.19.0 cpu code for update_swarm_e726908f.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_update_swarm_61b183d0 {
    wp::array_t<wp::vec_t<3, wp::float32>> positions;
    wp::array_t<wp::vec_t<3, wp::float32>> velocities;
    wp::vec_t<3, wp::float32> gravity;
    wp::float32 dt;
    wp::array_t<wp::vec_t<3, wp::float32>> new_positions;
    wp::array_t<wp::vec_t<3, wp::float32>> new_velocities;
};


template <bool wp_linear_contiguous>
static void update_swarm_61b183d0_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_update_swarm_61b183d0 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities = _wp_args->velocities;
    wp::vec_t<3, wp::float32> var_gravity = _wp_args->gravity;
    wp::float32 var_dt = _wp_args->dt;
    wp::array_t<wp::vec_t<3, wp::float32>> var_new_positions = _wp_args->new_positions;
    wp::array_t<wp::vec_t<3, wp::float32>> var_new_velocities = _wp_args->new_velocities;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    const wp::float32 var_7 = 0.0;
    wp::float32 var_8;
    wp::int32 var_9;
    const wp::int32 var_10 = 12;
    wp::int32 var_11;
    wp::range_t var_12;
    wp::int32 var_13;
    const wp::int32 var_14 = 0;
    const wp::float32 var_15 = 10.0;
    wp::float32 var_16;
    bool var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::quat_t<wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    const wp::int32 var_28 = 1;
    const wp::float32 var_29 = 10.0;
    wp::float32 var_30;
    bool var_31;
    wp::vec_t<3, wp::float32> var_32;
    wp::quat_t<wp::float32> var_33;
    wp::vec_t<3, wp::float32> var_34;
    wp::vec_t<3, wp::float32> var_35;
    wp::float32 var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    const wp::int32 var_42 = 2;
    const wp::float32 var_43 = 10.0;
    wp::float32 var_44;
    bool var_45;
    wp::vec_t<3, wp::float32> var_46;
    wp::quat_t<wp::float32> var_47;
    wp::vec_t<3, wp::float32> var_48;
    wp::vec_t<3, wp::float32> var_49;
    wp::float32 var_50;
    wp::float32 var_51;
    wp::float32 var_52;
    wp::float32 var_53;
    wp::float32 var_54;
    wp::float32 var_55;
    const wp::int32 var_56 = 3;
    const wp::float32 var_57 = 10.0;
    wp::float32 var_58;
    bool var_59;
    wp::vec_t<3, wp::float32> var_60;
    wp::quat_t<wp::float32> var_61;
    wp::vec_t<3, wp::float32> var_62;
    wp::vec_t<3, wp::float32> var_63;
    wp::float32 var_64;
    wp::float32 var_65;
    wp::float32 var_66;
    wp::float32 var_67;
    wp::float32 var_68;
    wp::float32 var_69;
    wp::float32 var_70;
    wp::vec_t<3, wp::float32> var_71;
    wp::vec_t<3, wp::float32> var_72;
    wp::vec_t<3, wp::float32> var_73;
    wp::vec_t<3, wp::float32> var_74;
    wp::vec_t<3, wp::float32> var_75;
    wp::vec_t<3, wp::float32> var_76;
    //---------
    // forward
    // def update_swarm(                                                                      <L 5>
    // tid = wp.tid()                                                                         <L 13>
    var_0 = builtin_tid1d();
    // x = positions[tid]                                                                     <L 14>
    var_1 = wp::address(var_positions, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // v = velocities[tid]                                                                    <L 15>
    var_4 = wp::address(var_velocities, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // grid_sum = float(0.0)                                                                  <L 16>
    var_8 = wp::float(var_7);
    // for row_2 in range(wp.min(wp.abs(tid), 12)):                                           <L 17>
    var_9 = wp::abs(var_0);
    var_11 = wp::min(var_9, var_10);
    var_12 = wp::range(var_11);
    start_for_0:;
        if (iter_cmp(var_12) == 0) goto end_for_0;
        var_13 = wp::iter_next(var_12);
        // for col in range(4):                                                               <L 18>
        // if dt > float(10.0):                                                               <L 19>
        var_16 = wp::float(var_15);
        var_17 = (var_dt > var_16);
        if (var_17) {
            // chosen = v                                                                     <L 20>
            var_18 = wp::copy(var_5);
        }
        if (!var_17) {
            // chosen = wp.quat_rotate(wp.quat_identity(), v)                                 <L 22>
            var_19 = wp::quat_identity<wp::float32>();
            var_20 = wp::quat_rotate(var_19, var_5);
        }
        var_21 = wp::where(var_17, var_18, var_20);
        // grid_sum += float(row_2) + float(col) + wp.length(chosen)                          <L 23>
        var_22 = wp::float(var_13);
        var_23 = wp::float(var_14);
        var_24 = wp::add(var_22, var_23);
        var_25 = wp::length(var_21);
        var_26 = wp::add(var_24, var_25);
        var_27 = wp::add(var_8, var_26);
        // if dt > float(10.0):                                                               <L 19>
        var_30 = wp::float(var_29);
        var_31 = (var_dt > var_30);
        if (var_31) {
            // chosen = v                                                                     <L 20>
            var_32 = wp::copy(var_5);
        }
        if (!var_31) {
            // chosen = wp.quat_rotate(wp.quat_identity(), v)                                 <L 22>
            var_33 = wp::quat_identity<wp::float32>();
            var_34 = wp::quat_rotate(var_33, var_5);
        }
        var_35 = wp::where(var_31, var_32, var_34);
        // grid_sum += float(row_2) + float(col) + wp.length(chosen)                          <L 23>
        var_36 = wp::float(var_13);
        var_37 = wp::float(var_28);
        var_38 = wp::add(var_36, var_37);
        var_39 = wp::length(var_35);
        var_40 = wp::add(var_38, var_39);
        var_41 = wp::add(var_27, var_40);
        // if dt > float(10.0):                                                               <L 19>
        var_44 = wp::float(var_43);
        var_45 = (var_dt > var_44);
        if (var_45) {
            // chosen = v                                                                     <L 20>
            var_46 = wp::copy(var_5);
        }
        if (!var_45) {
            // chosen = wp.quat_rotate(wp.quat_identity(), v)                                 <L 22>
            var_47 = wp::quat_identity<wp::float32>();
            var_48 = wp::quat_rotate(var_47, var_5);
        }
        var_49 = wp::where(var_45, var_46, var_48);
        // grid_sum += float(row_2) + float(col) + wp.length(chosen)                          <L 23>
        var_50 = wp::float(var_13);
        var_51 = wp::float(var_42);
        var_52 = wp::add(var_50, var_51);
        var_53 = wp::length(var_49);
        var_54 = wp::add(var_52, var_53);
        var_55 = wp::add(var_41, var_54);
        // if dt > float(10.0):                                                               <L 19>
        var_58 = wp::float(var_57);
        var_59 = (var_dt > var_58);
        if (var_59) {
            // chosen = v                                                                     <L 20>
            var_60 = wp::copy(var_5);
        }
        if (!var_59) {
            // chosen = wp.quat_rotate(wp.quat_identity(), v)                                 <L 22>
            var_61 = wp::quat_identity<wp::float32>();
            var_62 = wp::quat_rotate(var_61, var_5);
        }
        var_63 = wp::where(var_59, var_60, var_62);
        // grid_sum += float(row_2) + float(col) + wp.length(chosen)                          <L 23>
        var_64 = wp::float(var_13);
        var_65 = wp::float(var_56);
        var_66 = wp::add(var_64, var_65);
        var_67 = wp::length(var_63);
        var_68 = wp::add(var_66, var_67);
        var_69 = wp::add(var_55, var_68);
        wp::assign(var_8, var_69);
        goto start_for_0;
    end_for_0:;
    // value_2 = grid_sum                                                                     <L 24>
    var_70 = wp::copy(var_8);
    // accel = gravity + wp.vec3(value_2)                                                     <L 25>
    var_71 = wp::vec_t<3, wp::float32>(var_70);
    var_72 = wp::add(var_gravity, var_71);
    // v_next = v + accel * dt                                                                <L 26>
    var_73 = wp::mul(var_72, var_dt);
    var_74 = wp::add(var_5, var_73);
    // new_velocities[tid] = v_next                                                           <L 27>
    wp::array_store(var_new_velocities, var_0, var_74);
    // new_positions[tid] = x + v_next * dt                                                   <L 28>
    var_75 = wp::mul(var_74, var_dt);
    var_76 = wp::add(var_2, var_75);
    wp::array_store(var_new_positions, var_0, var_76);
}



template <bool wp_linear_contiguous>
static void update_swarm_61b183d0_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_update_swarm_61b183d0 *_wp_args,
    wp_args_update_swarm_61b183d0 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities = _wp_args->velocities;
    wp::vec_t<3, wp::float32> var_gravity = _wp_args->gravity;
    wp::float32 var_dt = _wp_args->dt;
    wp::array_t<wp::vec_t<3, wp::float32>> var_new_positions = _wp_args->new_positions;
    wp::array_t<wp::vec_t<3, wp::float32>> var_new_velocities = _wp_args->new_velocities;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions = _wp_adj_args->positions;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_velocities = _wp_adj_args->velocities;
    wp::vec_t<3, wp::float32> adj_gravity = _wp_adj_args->gravity;
    wp::float32 adj_dt = _wp_adj_args->dt;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_new_positions = _wp_adj_args->new_positions;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_new_velocities = _wp_adj_args->new_velocities;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    const wp::float32 var_7 = 0.0;
    wp::float32 var_8;
    wp::int32 var_9;
    const wp::int32 var_10 = 12;
    wp::int32 var_11;
    wp::range_t var_12;
    wp::int32 var_13;
    const wp::int32 var_14 = 0;
    const wp::float32 var_15 = 10.0;
    wp::float32 var_16;
    bool var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::quat_t<wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    const wp::int32 var_28 = 1;
    const wp::float32 var_29 = 10.0;
    wp::float32 var_30;
    bool var_31;
    wp::vec_t<3, wp::float32> var_32;
    wp::quat_t<wp::float32> var_33;
    wp::vec_t<3, wp::float32> var_34;
    wp::vec_t<3, wp::float32> var_35;
    wp::float32 var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    const wp::int32 var_42 = 2;
    const wp::float32 var_43 = 10.0;
    wp::float32 var_44;
    bool var_45;
    wp::vec_t<3, wp::float32> var_46;
    wp::quat_t<wp::float32> var_47;
    wp::vec_t<3, wp::float32> var_48;
    wp::vec_t<3, wp::float32> var_49;
    wp::float32 var_50;
    wp::float32 var_51;
    wp::float32 var_52;
    wp::float32 var_53;
    wp::float32 var_54;
    wp::float32 var_55;
    const wp::int32 var_56 = 3;
    const wp::float32 var_57 = 10.0;
    wp::float32 var_58;
    bool var_59;
    wp::vec_t<3, wp::float32> var_60;
    wp::quat_t<wp::float32> var_61;
    wp::vec_t<3, wp::float32> var_62;
    wp::vec_t<3, wp::float32> var_63;
    wp::float32 var_64;
    wp::float32 var_65;
    wp::float32 var_66;
    wp::float32 var_67;
    wp::float32 var_68;
    wp::float32 var_69;
    wp::float32 var_70;
    wp::vec_t<3, wp::float32> var_71;
    wp::vec_t<3, wp::float32> var_72;
    wp::vec_t<3, wp::float32> var_73;
    wp::vec_t<3, wp::float32> var_74;
    wp::vec_t<3, wp::float32> var_75;
    wp::vec_t<3, wp::float32> var_76;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::range_t adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    bool adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    wp::quat_t<wp::float32> adj_19 = {};
    wp::vec_t<3, wp::float32> adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::int32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    bool adj_31 = {};
    wp::vec_t<3, wp::float32> adj_32 = {};
    wp::quat_t<wp::float32> adj_33 = {};
    wp::vec_t<3, wp::float32> adj_34 = {};
    wp::vec_t<3, wp::float32> adj_35 = {};
    wp::float32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::float32 adj_40 = {};
    wp::float32 adj_41 = {};
    wp::int32 adj_42 = {};
    wp::float32 adj_43 = {};
    wp::float32 adj_44 = {};
    bool adj_45 = {};
    wp::vec_t<3, wp::float32> adj_46 = {};
    wp::quat_t<wp::float32> adj_47 = {};
    wp::vec_t<3, wp::float32> adj_48 = {};
    wp::vec_t<3, wp::float32> adj_49 = {};
    wp::float32 adj_50 = {};
    wp::float32 adj_51 = {};
    wp::float32 adj_52 = {};
    wp::float32 adj_53 = {};
    wp::float32 adj_54 = {};
    wp::float32 adj_55 = {};
    wp::int32 adj_56 = {};
    wp::float32 adj_57 = {};
    wp::float32 adj_58 = {};
    bool adj_59 = {};
    wp::vec_t<3, wp::float32> adj_60 = {};
    wp::quat_t<wp::float32> adj_61 = {};
    wp::vec_t<3, wp::float32> adj_62 = {};
    wp::vec_t<3, wp::float32> adj_63 = {};
    wp::float32 adj_64 = {};
    wp::float32 adj_65 = {};
    wp::float32 adj_66 = {};
    wp::float32 adj_67 = {};
    wp::float32 adj_68 = {};
    wp::float32 adj_69 = {};
    wp::float32 adj_70 = {};
    wp::vec_t<3, wp::float32> adj_71 = {};
    wp::vec_t<3, wp::float32> adj_72 = {};
    wp::vec_t<3, wp::float32> adj_73 = {};
    wp::vec_t<3, wp::float32> adj_74 = {};
    wp::vec_t<3, wp::float32> adj_75 = {};
    wp::vec_t<3, wp::float32> adj_76 = {};
    //---------
    // forward
    // def update_swarm(                                                                      <L 5>
    // tid = wp.tid()                                                                         <L 13>
    var_0 = builtin_tid1d();
    // x = positions[tid]                                                                     <L 14>
    var_1 = wp::address(var_positions, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // v = velocities[tid]                                                                    <L 15>
    var_4 = wp::address(var_velocities, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // grid_sum = float(0.0)                                                                  <L 16>
    var_8 = wp::float(var_7);
    // for row_2 in range(wp.min(wp.abs(tid), 12)):                                           <L 17>
    var_9 = wp::abs(var_0);
    var_11 = wp::min(var_9, var_10);
    var_12 = wp::range(var_11);
    // value_2 = grid_sum                                                                     <L 24>
    var_70 = wp::copy(var_8);
    // accel = gravity + wp.vec3(value_2)                                                     <L 25>
    var_71 = wp::vec_t<3, wp::float32>(var_70);
    var_72 = wp::add(var_gravity, var_71);
    // v_next = v + accel * dt                                                                <L 26>
    var_73 = wp::mul(var_72, var_dt);
    var_74 = wp::add(var_5, var_73);
    // new_velocities[tid] = v_next                                                           <L 27>
    // wp::array_store(var_new_velocities, var_0, var_74);
    // new_positions[tid] = x + v_next * dt                                                   <L 28>
    var_75 = wp::mul(var_74, var_dt);
    var_76 = wp::add(var_2, var_75);
    // wp::array_store(var_new_positions, var_0, var_76);
    //---------
    // reverse
    wp::adj_array_store(var_new_positions, var_0, var_76, adj_new_positions, adj_0, adj_76);
    wp::adj_add(var_2, var_75, adj_2, adj_75, adj_76);
    wp::adj_mul(var_74, var_dt, adj_74, adj_dt, adj_75);
    // adj: new_positions[tid] = x + v_next * dt                                              <L 28>
    wp::adj_array_store(var_new_velocities, var_0, var_74, adj_new_velocities, adj_0, adj_74);
    // adj: new_velocities[tid] = v_next                                                      <L 27>
    wp::adj_add(var_5, var_73, adj_5, adj_73, adj_74);
    wp::adj_mul(var_72, var_dt, adj_72, adj_dt, adj_73);
    // adj: v_next = v + accel * dt                                                           <L 26>
    wp::adj_add(var_gravity, var_71, adj_gravity, adj_71, adj_72);
    wp::adj_vec_t(var_70, adj_70, adj_71);
    // adj: accel = gravity + wp.vec3(value_2)                                                <L 25>
    wp::adj_copy(var_8, adj_8, adj_70);
    // adj: value_2 = grid_sum                                                                <L 24>
    var_12 = wp::iter_reverse(var_12);
    start_for_0:;
        if (iter_cmp(var_12) == 0) goto end_for_0;
        var_13 = wp::iter_next(var_12);
    	adj_14 = {};
    	adj_15 = {};
    	adj_16 = {};
    	adj_17 = {};
    	adj_18 = {};
    	adj_19 = {};
    	adj_20 = {};
    	adj_21 = {};
    	adj_22 = {};
    	adj_23 = {};
    	adj_24 = {};
    	adj_25 = {};
    	adj_26 = {};
    	adj_27 = {};
    	adj_28 = {};
    	adj_29 = {};
    	adj_30 = {};
    	adj_31 = {};
    	adj_32 = {};
    	adj_33 = {};
    	adj_34 = {};
    	adj_35 = {};
    	adj_36 = {};
    	adj_37 = {};
    	adj_38 = {};
    	adj_39 = {};
    	adj_40 = {};
    	adj_41 = {};
    	adj_42 = {};
    	adj_43 = {};
    	adj_44 = {};
    	adj_45 = {};
    	adj_46 = {};
    	adj_47 = {};
    	adj_48 = {};
    	adj_49 = {};
    	adj_50 = {};
    	adj_51 = {};
    	adj_52 = {};
    	adj_53 = {};
    	adj_54 = {};
    	adj_55 = {};
    	adj_56 = {};
    	adj_57 = {};
    	adj_58 = {};
    	adj_59 = {};
    	adj_60 = {};
    	adj_61 = {};
    	adj_62 = {};
    	adj_63 = {};
    	adj_64 = {};
    	adj_65 = {};
    	adj_66 = {};
    	adj_67 = {};
    	adj_68 = {};
    	adj_69 = {};
        // for col in range(4):                                                               <L 18>
        // if dt > float(10.0):                                                               <L 19>
        var_16 = wp::float(var_15);
        var_17 = (var_dt > var_16);
        if (var_17) {
            // chosen = v                                                                     <L 20>
            var_18 = wp::copy(var_5);
        }
        if (!var_17) {
            // chosen = wp.quat_rotate(wp.quat_identity(), v)                                 <L 22>
            var_19 = wp::quat_identity<wp::float32>();
            var_20 = wp::quat_rotate(var_19, var_5);
        }
        var_21 = wp::where(var_17, var_18, var_20);
        // grid_sum += float(row_2) + float(col) + wp.length(chosen)                          <L 23>
        var_22 = wp::float(var_13);
        var_23 = wp::float(var_14);
        var_24 = wp::add(var_22, var_23);
        var_25 = wp::length(var_21);
        var_26 = wp::add(var_24, var_25);
        var_27 = wp::add(var_8, var_26);
        // if dt > float(10.0):                                                               <L 19>
        var_30 = wp::float(var_29);
        var_31 = (var_dt > var_30);
        if (var_31) {
            // chosen = v                                                                     <L 20>
            var_32 = wp::copy(var_5);
        }
        if (!var_31) {
            // chosen = wp.quat_rotate(wp.quat_identity(), v)                                 <L 22>
            var_33 = wp::quat_identity<wp::float32>();
            var_34 = wp::quat_rotate(var_33, var_5);
        }
        var_35 = wp::where(var_31, var_32, var_34);
        // grid_sum += float(row_2) + float(col) + wp.length(chosen)                          <L 23>
        var_36 = wp::float(var_13);
        var_37 = wp::float(var_28);
        var_38 = wp::add(var_36, var_37);
        var_39 = wp::length(var_35);
        var_40 = wp::add(var_38, var_39);
        var_41 = wp::add(var_27, var_40);
        // if dt > float(10.0):                                                               <L 19>
        var_44 = wp::float(var_43);
        var_45 = (var_dt > var_44);
        if (var_45) {
            // chosen = v                                                                     <L 20>
            var_46 = wp::copy(var_5);
        }
        if (!var_45) {
            // chosen = wp.quat_rotate(wp.quat_identity(), v)                                 <L 22>
            var_47 = wp::quat_identity<wp::float32>();
            var_48 = wp::quat_rotate(var_47, var_5);
        }
        var_49 = wp::where(var_45, var_46, var_48);
        // grid_sum += float(row_2) + float(col) + wp.length(chosen)                          <L 23>
        var_50 = wp::float(var_13);
        var_51 = wp::float(var_42);
        var_52 = wp::add(var_50, var_51);
        var_53 = wp::length(var_49);
        var_54 = wp::add(var_52, var_53);
        var_55 = wp::add(var_41, var_54);
        // if dt > float(10.0):                                                               <L 19>
        var_58 = wp::float(var_57);
        var_59 = (var_dt > var_58);
        if (var_59) {
            // chosen = v                                                                     <L 20>
            var_60 = wp::copy(var_5);
        }
        if (!var_59) {
            // chosen = wp.quat_rotate(wp.quat_identity(), v)                                 <L 22>
            var_61 = wp::quat_identity<wp::float32>();
            var_62 = wp::quat_rotate(var_61, var_5);
        }
        var_63 = wp::where(var_59, var_60, var_62);
        // grid_sum += float(row_2) + float(col) + wp.length(chosen)                          <L 23>
        var_64 = wp::float(var_13);
        var_65 = wp::float(var_56);
        var_66 = wp::add(var_64, var_65);
        var_67 = wp::length(var_63);
        var_68 = wp::add(var_66, var_67);
        var_69 = wp::add(var_55, var_68);
        wp::assign(var_8, var_69);
        wp::adj_assign(var_8, var_69, adj_8, adj_69);
        wp::adj_add(var_55, var_68, adj_55, adj_68, adj_69);
        wp::adj_add(var_66, var_67, adj_66, adj_67, adj_68);
        wp::adj_length(var_63, var_67, adj_63, adj_67);
        wp::adj_add(var_64, var_65, adj_64, adj_65, adj_66);
        wp::adj_float(var_56, adj_56, adj_65);
        wp::adj_float(var_13, adj_13, adj_64);
        // adj: grid_sum += float(row_2) + float(col) + wp.length(chosen)                     <L 23>
        wp::adj_where(var_59, var_60, var_62, adj_59, adj_60, adj_62, adj_63);
        if (!var_59) {
            wp::adj_quat_rotate(var_61, var_5, adj_61, adj_5, adj_62);
            // adj: chosen = wp.quat_rotate(wp.quat_identity(), v)                            <L 22>
        }
        if (var_59) {
            wp::adj_copy(var_5, adj_5, adj_60);
            // adj: chosen = v                                                                <L 20>
        }
        wp::adj_float(var_57, adj_57, adj_58);
        // adj: if dt > float(10.0):                                                          <L 19>
        wp::adj_add(var_41, var_54, adj_41, adj_54, adj_55);
        wp::adj_add(var_52, var_53, adj_52, adj_53, adj_54);
        wp::adj_length(var_49, var_53, adj_49, adj_53);
        wp::adj_add(var_50, var_51, adj_50, adj_51, adj_52);
        wp::adj_float(var_42, adj_42, adj_51);
        wp::adj_float(var_13, adj_13, adj_50);
        // adj: grid_sum += float(row_2) + float(col) + wp.length(chosen)                     <L 23>
        wp::adj_where(var_45, var_46, var_48, adj_45, adj_46, adj_48, adj_49);
        if (!var_45) {
            wp::adj_quat_rotate(var_47, var_5, adj_47, adj_5, adj_48);
            // adj: chosen = wp.quat_rotate(wp.quat_identity(), v)                            <L 22>
        }
        if (var_45) {
            wp::adj_copy(var_5, adj_5, adj_46);
            // adj: chosen = v                                                                <L 20>
        }
        wp::adj_float(var_43, adj_43, adj_44);
        // adj: if dt > float(10.0):                                                          <L 19>
        wp::adj_add(var_27, var_40, adj_27, adj_40, adj_41);
        wp::adj_add(var_38, var_39, adj_38, adj_39, adj_40);
        wp::adj_length(var_35, var_39, adj_35, adj_39);
        wp::adj_add(var_36, var_37, adj_36, adj_37, adj_38);
        wp::adj_float(var_28, adj_28, adj_37);
        wp::adj_float(var_13, adj_13, adj_36);
        // adj: grid_sum += float(row_2) + float(col) + wp.length(chosen)                     <L 23>
        wp::adj_where(var_31, var_32, var_34, adj_31, adj_32, adj_34, adj_35);
        if (!var_31) {
            wp::adj_quat_rotate(var_33, var_5, adj_33, adj_5, adj_34);
            // adj: chosen = wp.quat_rotate(wp.quat_identity(), v)                            <L 22>
        }
        if (var_31) {
            wp::adj_copy(var_5, adj_5, adj_32);
            // adj: chosen = v                                                                <L 20>
        }
        wp::adj_float(var_29, adj_29, adj_30);
        // adj: if dt > float(10.0):                                                          <L 19>
        wp::adj_add(var_8, var_26, adj_8, adj_26, adj_27);
        wp::adj_add(var_24, var_25, adj_24, adj_25, adj_26);
        wp::adj_length(var_21, var_25, adj_21, adj_25);
        wp::adj_add(var_22, var_23, adj_22, adj_23, adj_24);
        wp::adj_float(var_14, adj_14, adj_23);
        wp::adj_float(var_13, adj_13, adj_22);
        // adj: grid_sum += float(row_2) + float(col) + wp.length(chosen)                     <L 23>
        wp::adj_where(var_17, var_18, var_20, adj_17, adj_18, adj_20, adj_21);
        if (!var_17) {
            wp::adj_quat_rotate(var_19, var_5, adj_19, adj_5, adj_20);
            // adj: chosen = wp.quat_rotate(wp.quat_identity(), v)                            <L 22>
        }
        if (var_17) {
            wp::adj_copy(var_5, adj_5, adj_18);
            // adj: chosen = v                                                                <L 20>
        }
        wp::adj_float(var_15, adj_15, adj_16);
        // adj: if dt > float(10.0):                                                          <L 19>
        // adj: for col in range(4):                                                          <L 18>
    	goto start_for_0;
    end_for_0:;
    wp::adj_min(var_9, var_10, adj_9, adj_10, adj_11);
    wp::adj_abs(var_0, adj_0, adj_9);
    // adj: for row_2 in range(wp.min(wp.abs(tid), 12)):                                      <L 17>
    wp::adj_float(var_7, adj_7, adj_8);
    // adj: grid_sum = float(0.0)                                                             <L 16>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_velocities, var_0, adj_velocities, adj_0, adj_4);
    // adj: v = velocities[tid]                                                               <L 15>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_1);
    // adj: x = positions[tid]                                                                <L 14>
    // adj: tid = wp.tid()                                                                    <L 13>
    // adj: def update_swarm(                                                                 <L 5>
    return;
}



struct update_swarm_61b183d0_cpu_block_payload_forward
{
    wp_args_update_swarm_61b183d0* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void update_swarm_61b183d0_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    update_swarm_61b183d0_cpu_block_payload_forward* payload = (update_swarm_61b183d0_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    update_swarm_61b183d0_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void update_swarm_61b183d0_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_update_swarm_61b183d0 *_wp_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        update_swarm_61b183d0_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &update_swarm_61b183d0_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct update_swarm_61b183d0_cpu_block_payload_backward
{
    wp_args_update_swarm_61b183d0* args;
    wp_args_update_swarm_61b183d0* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void update_swarm_61b183d0_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    update_swarm_61b183d0_cpu_block_payload_backward* payload = (update_swarm_61b183d0_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    update_swarm_61b183d0_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void update_swarm_61b183d0_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_update_swarm_61b183d0 *_wp_args,
    wp_args_update_swarm_61b183d0 *_wp_adj_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        update_swarm_61b183d0_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &update_swarm_61b183d0_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

