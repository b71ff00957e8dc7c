// Warp 1.19.0 cuda code for eval_contacts_with_material_2f05c257.py; preceded by preamble_cuda_93b22071978ccd96.cuh

struct RigidBody_51a9d518
{
    wp::vec_t<3, wp::float32> position;
    wp::quat_t<wp::float32> orientation;
    wp::vec_t<3, wp::float32> velocity;
    wp::vec_t<3, wp::float32> angular_velocity;
    wp::float32 inv_mass;


    RigidBody_51a9d518() = default;
    CUDA_CALLABLE RigidBody_51a9d518(wp::vec_t<3, wp::float32> const& position,
    wp::quat_t<wp::float32> const& orientation = {},
    wp::vec_t<3, wp::float32> const& velocity = {},
    wp::vec_t<3, wp::float32> const& angular_velocity = {},
    wp::float32 const& inv_mass = {})
        : position{position}
        , orientation{orientation}
        , velocity{velocity}
        , angular_velocity{angular_velocity}
        , inv_mass{inv_mass}

    {
    }

    CUDA_CALLABLE RigidBody_51a9d518& operator += (const RigidBody_51a9d518& rhs)
    {    position += rhs.position;
    orientation += rhs.orientation;
    velocity += rhs.velocity;
    angular_velocity += rhs.angular_velocity;
    inv_mass += rhs.inv_mass;

        return *this;}

};

static CUDA_CALLABLE void adj_RigidBody_51a9d518(wp::vec_t<3, wp::float32> const&,
    wp::quat_t<wp::float32> const&,
    wp::vec_t<3, wp::float32> const&,
    wp::vec_t<3, wp::float32> const&,
    wp::float32 const&,
    wp::vec_t<3, wp::float32> & adj_position,
    wp::quat_t<wp::float32> & adj_orientation,
    wp::vec_t<3, wp::float32> & adj_velocity,
    wp::vec_t<3, wp::float32> & adj_angular_velocity,
    wp::float32 & adj_inv_mass,
    RigidBody_51a9d518 & adj_ret)
{
    adj_position += adj_ret.position;
    adj_orientation += adj_ret.orientation;
    adj_velocity += adj_ret.velocity;
    adj_angular_velocity += adj_ret.angular_velocity;
    adj_inv_mass += adj_ret.inv_mass;
}

// Required when compiling adjoints.
CUDA_CALLABLE RigidBody_51a9d518 add(const RigidBody_51a9d518& a, const RigidBody_51a9d518& b)
{
    return RigidBody_51a9d518();
}

CUDA_CALLABLE void adj_atomic_add(RigidBody_51a9d518* p, RigidBody_51a9d518 t)
{
    wp::adj_atomic_add(&p->position, t.position);
    wp::adj_atomic_add(&p->orientation, t.orientation);
    wp::adj_atomic_add(&p->velocity, t.velocity);
    wp::adj_atomic_add(&p->angular_velocity, t.angular_velocity);
    wp::adj_atomic_add(&p->inv_mass, t.inv_mass);
}




struct SimParams_c5497711
{
    wp::float32 dt;
    wp::float32 damping;
    wp::int32 paused;


    SimParams_c5497711() = default;
    CUDA_CALLABLE SimParams_c5497711(wp::float32 const& dt,
    wp::float32 const& damping = {},
    wp::int32 const& paused = {})
        : dt{dt}
        , damping{damping}
        , paused{paused}

    {
    }

    CUDA_CALLABLE SimParams_c5497711& operator += (const SimParams_c5497711& rhs)
    {    dt += rhs.dt;
    damping += rhs.damping;
    paused += rhs.paused;

        return *this;}

};

static CUDA_CALLABLE void adj_SimParams_c5497711(wp::float32 const&,
    wp::float32 const&,
    wp::int32 const&,
    wp::float32 & adj_dt,
    wp::float32 & adj_damping,
    wp::int32 & adj_paused,
    SimParams_c5497711 & adj_ret)
{
    adj_dt += adj_ret.dt;
    adj_damping += adj_ret.damping;
    adj_paused += adj_ret.paused;
}

// Required when compiling adjoints.
CUDA_CALLABLE SimParams_c5497711 add(const SimParams_c5497711& a, const SimParams_c5497711& b)
{
    return SimParams_c5497711();
}

CUDA_CALLABLE void adj_atomic_add(SimParams_c5497711* p, SimParams_c5497711 t)
{
    wp::adj_atomic_add(&p->dt, t.dt);
    wp::adj_atomic_add(&p->damping, t.damping);
    wp::adj_atomic_add(&p->paused, t.paused);
}




struct ContactMaterial_5c9ad6e2
{
    wp::float32 ke;
    wp::float32 kd;
    wp::float32 kf;
    wp::float32 mu;
    wp::float32 ground_height;


    ContactMaterial_5c9ad6e2() = default;
    CUDA_CALLABLE ContactMaterial_5c9ad6e2(wp::float32 const& ke,
    wp::float32 const& kd = {},
    wp::float32 const& kf = {},
    wp::float32 const& mu = {},
    wp::float32 const& ground_height = {})
        : ke{ke}
        , kd{kd}
        , kf{kf}
        , mu{mu}
        , ground_height{ground_height}

    {
    }

    CUDA_CALLABLE ContactMaterial_5c9ad6e2& operator += (const ContactMaterial_5c9ad6e2& rhs)
    {    ke += rhs.ke;
    kd += rhs.kd;
    kf += rhs.kf;
    mu += rhs.mu;
    ground_height += rhs.ground_height;

        return *this;}

};

static CUDA_CALLABLE void adj_ContactMaterial_5c9ad6e2(wp::float32 const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::float32 & adj_ke,
    wp::float32 & adj_kd,
    wp::float32 & adj_kf,
    wp::float32 & adj_mu,
    wp::float32 & adj_ground_height,
    ContactMaterial_5c9ad6e2 & adj_ret)
{
    adj_ke += adj_ret.ke;
    adj_kd += adj_ret.kd;
    adj_kf += adj_ret.kf;
    adj_mu += adj_ret.mu;
    adj_ground_height += adj_ret.ground_height;
}

// Required when compiling adjoints.
CUDA_CALLABLE ContactMaterial_5c9ad6e2 add(const ContactMaterial_5c9ad6e2& a, const ContactMaterial_5c9ad6e2& b)
{
    return ContactMaterial_5c9ad6e2();
}

CUDA_CALLABLE void adj_atomic_add(ContactMaterial_5c9ad6e2* p, ContactMaterial_5c9ad6e2 t)
{
    wp::adj_atomic_add(&p->ke, t.ke);
    wp::adj_atomic_add(&p->kd, t.kd);
    wp::adj_atomic_add(&p->kf, t.kf);
    wp::adj_atomic_add(&p->mu, t.mu);
    wp::adj_atomic_add(&p->ground_height, t.ground_height);
}




// eval_contacts_with_material.py:13
static CUDA_CALLABLE wp::vec_t<3, wp::float32> ground_force_0(
    ContactMaterial_5c9ad6e2 var_material,
    wp::vec_t<3, wp::float32> var_n,
    wp::vec_t<3, wp::float32> var_v,
    wp::float32 var_depth)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    const wp::float32 var_4 = 0.0;
    wp::float32 var_5;
    wp::float32* var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::float32* var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32* var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    //---------
    // forward
    // def ground_force(material: ContactMaterial, n: wp.vec3, v: wp.vec3, depth: float) -> wp.vec3:       <L 14>
    // vn = wp.dot(n, v)                                                                      <L 15>
    var_0 = wp::dot(var_n, var_v);
    // fn = depth * material.ke - wp.min(vn, 0.0) * material.kd                               <L 16>
    var_1 = &((var_material).ke);
    var_3 = wp::load(var_1);
    var_2 = wp::mul(var_depth, var_3);
    var_5 = wp::min(var_0, var_4);
    var_6 = &((var_material).kd);
    var_8 = wp::load(var_6);
    var_7 = wp::mul(var_5, var_8);
    var_9 = wp::sub(var_2, var_7);
    // vt = v - n * vn                                                                        <L 17>
    var_10 = wp::mul(var_n, var_0);
    var_11 = wp::sub(var_v, var_10);
    // ft = wp.normalize(vt) * wp.min(material.kf * wp.length(vt), material.mu * fn)          <L 19>
    var_12 = wp::normalize(var_11);
    var_13 = &((var_material).kf);
    var_14 = wp::length(var_11);
    var_16 = wp::load(var_13);
    var_15 = wp::mul(var_16, var_14);
    var_17 = &((var_material).mu);
    var_19 = wp::load(var_17);
    var_18 = wp::mul(var_19, var_9);
    var_20 = wp::min(var_15, var_18);
    var_21 = wp::mul(var_12, var_20);
    // return n * fn - ft                                                                     <L 20>
    var_22 = wp::mul(var_n, var_9);
    var_23 = wp::sub(var_22, var_21);
    return var_23;
}


// eval_contacts_with_material.py:13
static CUDA_CALLABLE void adj_ground_force_0(
    ContactMaterial_5c9ad6e2 var_material,
    wp::vec_t<3, wp::float32> var_n,
    wp::vec_t<3, wp::float32> var_v,
    wp::float32 var_depth,
    ContactMaterial_5c9ad6e2 & adj_material,
    wp::vec_t<3, wp::float32> & adj_n,
    wp::vec_t<3, wp::float32> & adj_v,
    wp::float32 & adj_depth,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    const wp::float32 var_4 = 0.0;
    wp::float32 var_5;
    wp::float32* var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::float32* var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32* var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    wp::vec_t<3, wp::float32> adj_22 = {};
    wp::vec_t<3, wp::float32> adj_23 = {};
    //---------
    // forward
    // def ground_force(material: ContactMaterial, n: wp.vec3, v: wp.vec3, depth: float) -> wp.vec3:       <L 14>
    // vn = wp.dot(n, v)                                                                      <L 15>
    var_0 = wp::dot(var_n, var_v);
    // fn = depth * material.ke - wp.min(vn, 0.0) * material.kd                               <L 16>
    var_1 = &((var_material).ke);
    var_3 = wp::load(var_1);
    var_2 = wp::mul(var_depth, var_3);
    var_5 = wp::min(var_0, var_4);
    var_6 = &((var_material).kd);
    var_8 = wp::load(var_6);
    var_7 = wp::mul(var_5, var_8);
    var_9 = wp::sub(var_2, var_7);
    // vt = v - n * vn                                                                        <L 17>
    var_10 = wp::mul(var_n, var_0);
    var_11 = wp::sub(var_v, var_10);
    // ft = wp.normalize(vt) * wp.min(material.kf * wp.length(vt), material.mu * fn)          <L 19>
    var_12 = wp::normalize(var_11);
    var_13 = &((var_material).kf);
    var_14 = wp::length(var_11);
    var_16 = wp::load(var_13);
    var_15 = wp::mul(var_16, var_14);
    var_17 = &((var_material).mu);
    var_19 = wp::load(var_17);
    var_18 = wp::mul(var_19, var_9);
    var_20 = wp::min(var_15, var_18);
    var_21 = wp::mul(var_12, var_20);
    // return n * fn - ft                                                                     <L 20>
    var_22 = wp::mul(var_n, var_9);
    var_23 = wp::sub(var_22, var_21);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_23 += adj_ret;
    wp::adj_sub(var_22, var_21, adj_22, adj_21, adj_23);
    wp::adj_mul(var_n, var_9, adj_n, adj_9, adj_22);
    // adj: return n * fn - ft                                                                <L 20>
    wp::adj_mul(var_12, var_20, adj_12, adj_20, adj_21);
    wp::adj_min(var_15, var_18, adj_15, adj_18, adj_20);
    wp::adj_mul(var_19, var_9, adj_17, adj_9, adj_18);
    adj_material.mu += adj_17;
    wp::adj_mul(var_16, var_14, adj_13, adj_14, adj_15);
    wp::adj_length(var_11, var_14, adj_11, adj_14);
    adj_material.kf += adj_13;
    wp::adj_normalize(var_11, var_12, adj_11, adj_12);
    // adj: ft = wp.normalize(vt) * wp.min(material.kf * wp.length(vt), material.mu * fn)     <L 19>
    wp::adj_sub(var_v, var_10, adj_v, adj_10, adj_11);
    wp::adj_mul(var_n, var_0, adj_n, adj_0, adj_10);
    // adj: vt = v - n * vn                                                                   <L 17>
    wp::adj_sub(var_2, var_7, adj_2, adj_7, adj_9);
    wp::adj_mul(var_5, var_8, adj_5, adj_6, adj_7);
    adj_material.kd += adj_6;
    wp::adj_min(var_0, var_4, adj_0, adj_4, adj_5);
    wp::adj_mul(var_depth, var_3, adj_depth, adj_1, adj_2);
    adj_material.ke += adj_1;
    // adj: fn = depth * material.ke - wp.min(vn, 0.0) * material.kd                          <L 16>
    wp::adj_dot(var_n, var_v, adj_n, adj_v, adj_0);
    // adj: vn = wp.dot(n, v)                                                                 <L 15>
    // adj: def ground_force(material: ContactMaterial, n: wp.vec3, v: wp.vec3, depth: float) -> wp.vec3:  <L 14>
    return;
}



extern "C" __global__ void step_rigid_bodies_0b9555ec_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<RigidBody_51a9d518> var_bodies,
    wp::float32 var_sim_dt,
    wp::float32 var_linear_damping)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        RigidBody_51a9d518* var_1;
        wp::float32* var_2;
        const wp::float32 var_3 = 0.0;
        bool var_4;
        wp::float32 var_5;
        RigidBody_51a9d518* var_6;
        wp::vec_t<3, wp::float32>* var_7;
        const wp::float32 var_8 = 0.0;
        const wp::float32 var_9 = -9.81;
        const wp::float32 var_10 = 0.0;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32> var_14;
        const wp::float32 var_15 = 1.0;
        wp::float32 var_16;
        wp::float32 var_17;
        const wp::float32 var_18 = 0.0;
        wp::float32 var_19;
        wp::vec_t<3, wp::float32> var_20;
        RigidBody_51a9d518* var_21;
        wp::vec_t<3, wp::float32>* var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::vec_t<3, wp::float32> var_24;
        wp::vec_t<3, wp::float32> var_25;
        RigidBody_51a9d518* var_26;
        wp::quat_t<wp::float32>* var_27;
        wp::quat_t<wp::float32> var_28;
        wp::quat_t<wp::float32> var_29;
        RigidBody_51a9d518* var_30;
        wp::vec_t<3, wp::float32>* var_31;
        const wp::float32 var_32 = 0.0;
        wp::quat_t<wp::float32> var_33;
        wp::vec_t<3, wp::float32> var_34;
        wp::quat_t<wp::float32> var_35;
        const wp::float32 var_36 = 0.5;
        wp::float32 var_37;
        wp::quat_t<wp::float32> var_38;
        wp::quat_t<wp::float32> var_39;
        wp::quat_t<wp::float32> var_40;
        RigidBody_51a9d518* var_41;
        RigidBody_51a9d518* var_42;
        RigidBody_51a9d518* var_43;
        //---------
        // forward
        // def step_rigid_bodies(bodies: wp.array[RigidBody], sim_dt: float, linear_damping: float):       <L 75>
        // tid = wp.tid()                                                                         <L 77>
        var_0 = builtin_tid1d();
        // if bodies[tid].inv_mass == 0.0:                                                        <L 80>
        var_1 = wp::address(var_bodies, var_0);
        var_2 = &(((*wp::address(var_bodies, var_0))).inv_mass);
        var_5 = wp::load(var_2);
        var_4 = (var_5 == var_3);
        if (var_4) {
            // return                                                                             <L 81>
            continue;
        }
        // v = bodies[tid].velocity + wp.vec3(0.0, -9.81, 0.0) * sim_dt                           <L 82>
        var_6 = wp::address(var_bodies, var_0);
        var_7 = &(((*wp::address(var_bodies, var_0))).velocity);
        var_11 = wp::vec_t<3, wp::float32>(var_8, var_9, var_10);
        var_12 = wp::mul(var_11, var_sim_dt);
        var_14 = wp::load(var_7);
        var_13 = wp::add(var_14, var_12);
        // v = v * wp.max(1.0 - linear_damping * sim_dt, 0.0)                                     <L 83>
        var_16 = wp::mul(var_linear_damping, var_sim_dt);
        var_17 = wp::sub(var_15, var_16);
        var_19 = wp::max(var_17, var_18);
        var_20 = wp::mul(var_13, var_19);
        // p = bodies[tid].position + v * sim_dt                                                  <L 84>
        var_21 = wp::address(var_bodies, var_0);
        var_22 = &(((*wp::address(var_bodies, var_0))).position);
        var_23 = wp::mul(var_20, var_sim_dt);
        var_25 = wp::load(var_22);
        var_24 = wp::add(var_25, var_23);
        // q = bodies[tid].orientation                                                            <L 85>
        var_26 = wp::address(var_bodies, var_0);
        var_27 = &(((*wp::address(var_bodies, var_0))).orientation);
        var_29 = wp::load(var_27);
        var_28 = wp::copy(var_29);
        // q = wp.normalize(q + wp.quat(bodies[tid].angular_velocity, 0.0) * q * (0.5 * sim_dt))       <L 86>
        var_30 = wp::address(var_bodies, var_0);
        var_31 = &(((*wp::address(var_bodies, var_0))).angular_velocity);
        var_34 = wp::load(var_31);
        var_33 = wp::quat_t<wp::float32>(var_34, var_32);
        var_35 = wp::mul(var_33, var_28);
        var_37 = wp::mul(var_36, var_sim_dt);
        var_38 = wp::mul(var_35, var_37);
        var_39 = wp::add(var_28, var_38);
        var_40 = wp::normalize(var_39);
        // bodies[tid].velocity = v                                                               <L 87>
        var_41 = &(wp::index(var_bodies, var_0));
        wp::store(&(wp::index(var_bodies, var_0).velocity), var_20);
        // bodies[tid].position = p                                                               <L 88>
        var_42 = &(wp::index(var_bodies, var_0));
        wp::store(&(wp::index(var_bodies, var_0).position), var_24);
        // bodies[tid].orientation = q                                                            <L 89>
        var_43 = &(wp::index(var_bodies, var_0));
        wp::store(&(wp::index(var_bodies, var_0).orientation), var_40);
    }
}



extern "C" __global__ void step_rigid_bodies_0b9555ec_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<RigidBody_51a9d518> var_bodies,
    wp::float32 var_sim_dt,
    wp::float32 var_linear_damping,
    wp::array_t<RigidBody_51a9d518> adj_bodies,
    wp::float32 adj_sim_dt,
    wp::float32 adj_linear_damping)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        RigidBody_51a9d518* var_1;
        wp::float32* var_2;
        const wp::float32 var_3 = 0.0;
        bool var_4;
        wp::float32 var_5;
        RigidBody_51a9d518* var_6;
        wp::vec_t<3, wp::float32>* var_7;
        const wp::float32 var_8 = 0.0;
        const wp::float32 var_9 = -9.81;
        const wp::float32 var_10 = 0.0;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32> var_14;
        const wp::float32 var_15 = 1.0;
        wp::float32 var_16;
        wp::float32 var_17;
        const wp::float32 var_18 = 0.0;
        wp::float32 var_19;
        wp::vec_t<3, wp::float32> var_20;
        RigidBody_51a9d518* var_21;
        wp::vec_t<3, wp::float32>* var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::vec_t<3, wp::float32> var_24;
        wp::vec_t<3, wp::float32> var_25;
        RigidBody_51a9d518* var_26;
        wp::quat_t<wp::float32>* var_27;
        wp::quat_t<wp::float32> var_28;
        wp::quat_t<wp::float32> var_29;
        RigidBody_51a9d518* var_30;
        wp::vec_t<3, wp::float32>* var_31;
        const wp::float32 var_32 = 0.0;
        wp::quat_t<wp::float32> var_33;
        wp::vec_t<3, wp::float32> var_34;
        wp::quat_t<wp::float32> var_35;
        const wp::float32 var_36 = 0.5;
        wp::float32 var_37;
        wp::quat_t<wp::float32> var_38;
        wp::quat_t<wp::float32> var_39;
        wp::quat_t<wp::float32> var_40;
        RigidBody_51a9d518* var_41;
        RigidBody_51a9d518* var_42;
        RigidBody_51a9d518* var_43;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        RigidBody_51a9d518 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        bool adj_4 = {};
        wp::float32 adj_5 = {};
        RigidBody_51a9d518 adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::vec_t<3, wp::float32> adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::vec_t<3, wp::float32> adj_20 = {};
        RigidBody_51a9d518 adj_21 = {};
        wp::vec_t<3, wp::float32> adj_22 = {};
        wp::vec_t<3, wp::float32> adj_23 = {};
        wp::vec_t<3, wp::float32> adj_24 = {};
        wp::vec_t<3, wp::float32> adj_25 = {};
        RigidBody_51a9d518 adj_26 = {};
        wp::quat_t<wp::float32> adj_27 = {};
        wp::quat_t<wp::float32> adj_28 = {};
        wp::quat_t<wp::float32> adj_29 = {};
        RigidBody_51a9d518 adj_30 = {};
        wp::vec_t<3, wp::float32> adj_31 = {};
        wp::float32 adj_32 = {};
        wp::quat_t<wp::float32> adj_33 = {};
        wp::vec_t<3, wp::float32> adj_34 = {};
        wp::quat_t<wp::float32> adj_35 = {};
        wp::float32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::quat_t<wp::float32> adj_38 = {};
        wp::quat_t<wp::float32> adj_39 = {};
        wp::quat_t<wp::float32> adj_40 = {};
        RigidBody_51a9d518 adj_41 = {};
        RigidBody_51a9d518 adj_42 = {};
        RigidBody_51a9d518 adj_43 = {};
        //---------
        // forward
        // def step_rigid_bodies(bodies: wp.array[RigidBody], sim_dt: float, linear_damping: float):       <L 75>
        // tid = wp.tid()                                                                         <L 77>
        var_0 = builtin_tid1d();
        // if bodies[tid].inv_mass == 0.0:                                                        <L 80>
        var_1 = wp::address(var_bodies, var_0);
        var_2 = &(((*wp::address(var_bodies, var_0))).inv_mass);
        var_5 = wp::load(var_2);
        var_4 = (var_5 == var_3);
        if (var_4) {
            // return                                                                             <L 81>
            goto label0;
        }
        // v = bodies[tid].velocity + wp.vec3(0.0, -9.81, 0.0) * sim_dt                           <L 82>
        var_6 = wp::address(var_bodies, var_0);
        var_7 = &(((*wp::address(var_bodies, var_0))).velocity);
        var_11 = wp::vec_t<3, wp::float32>(var_8, var_9, var_10);
        var_12 = wp::mul(var_11, var_sim_dt);
        var_14 = wp::load(var_7);
        var_13 = wp::add(var_14, var_12);
        // v = v * wp.max(1.0 - linear_damping * sim_dt, 0.0)                                     <L 83>
        var_16 = wp::mul(var_linear_damping, var_sim_dt);
        var_17 = wp::sub(var_15, var_16);
        var_19 = wp::max(var_17, var_18);
        var_20 = wp::mul(var_13, var_19);
        // p = bodies[tid].position + v * sim_dt                                                  <L 84>
        var_21 = wp::address(var_bodies, var_0);
        var_22 = &(((*wp::address(var_bodies, var_0))).position);
        var_23 = wp::mul(var_20, var_sim_dt);
        var_25 = wp::load(var_22);
        var_24 = wp::add(var_25, var_23);
        // q = bodies[tid].orientation                                                            <L 85>
        var_26 = wp::address(var_bodies, var_0);
        var_27 = &(((*wp::address(var_bodies, var_0))).orientation);
        var_29 = wp::load(var_27);
        var_28 = wp::copy(var_29);
        // q = wp.normalize(q + wp.quat(bodies[tid].angular_velocity, 0.0) * q * (0.5 * sim_dt))       <L 86>
        var_30 = wp::address(var_bodies, var_0);
        var_31 = &(((*wp::address(var_bodies, var_0))).angular_velocity);
        var_34 = wp::load(var_31);
        var_33 = wp::quat_t<wp::float32>(var_34, var_32);
        var_35 = wp::mul(var_33, var_28);
        var_37 = wp::mul(var_36, var_sim_dt);
        var_38 = wp::mul(var_35, var_37);
        var_39 = wp::add(var_28, var_38);
        var_40 = wp::normalize(var_39);
        // bodies[tid].velocity = v                                                               <L 87>
        var_41 = &(wp::index(var_bodies, var_0));
        // wp::store(&(wp::index(var_bodies, var_0).velocity), var_20);
        // bodies[tid].position = p                                                               <L 88>
        var_42 = &(wp::index(var_bodies, var_0));
        // wp::store(&(wp::index(var_bodies, var_0).position), var_24);
        // bodies[tid].orientation = q                                                            <L 89>
        var_43 = &(wp::index(var_bodies, var_0));
        // wp::store(&(wp::index(var_bodies, var_0).orientation), var_40);
        //---------
        // reverse
        wp::adj_array_store_slot(var_bodies, adj_bodies, adj_40, [&](auto& _e) -> auto& { return _e.orientation; }, var_0);
        // adj: bodies[tid].orientation = q                                                       <L 89>
        wp::adj_array_store_slot(var_bodies, adj_bodies, adj_24, [&](auto& _e) -> auto& { return _e.position; }, var_0);
        // adj: bodies[tid].position = p                                                          <L 88>
        wp::adj_array_store_slot(var_bodies, adj_bodies, adj_20, [&](auto& _e) -> auto& { return _e.velocity; }, var_0);
        // adj: bodies[tid].velocity = v                                                          <L 87>
        wp::adj_normalize(var_39, adj_39, adj_40);
        wp::adj_add(var_28, var_38, adj_28, adj_38, adj_39);
        wp::adj_mul(var_35, var_37, adj_35, adj_37, adj_38);
        wp::adj_mul(var_36, var_sim_dt, adj_36, adj_sim_dt, adj_37);
        wp::adj_mul(var_33, var_28, adj_33, adj_28, adj_35);
        wp::adj_quat_t(var_34, var_32, adj_31, adj_32, adj_33);
        adj_30.angular_velocity += adj_31;
        wp::adj_address(var_bodies, var_0, adj_bodies, adj_0, adj_30);
        // adj: q = wp.normalize(q + wp.quat(bodies[tid].angular_velocity, 0.0) * q * (0.5 * sim_dt))  <L 86>
        wp::adj_copy(var_29, adj_27, adj_28);
        adj_26.orientation += adj_27;
        wp::adj_address(var_bodies, var_0, adj_bodies, adj_0, adj_26);
        // adj: q = bodies[tid].orientation                                                       <L 85>
        wp::adj_add(var_25, var_23, adj_22, adj_23, adj_24);
        wp::adj_mul(var_20, var_sim_dt, adj_20, adj_sim_dt, adj_23);
        adj_21.position += adj_22;
        wp::adj_address(var_bodies, var_0, adj_bodies, adj_0, adj_21);
        // adj: p = bodies[tid].position + v * sim_dt                                             <L 84>
        wp::adj_mul(var_13, var_19, adj_13, adj_19, adj_20);
        wp::adj_max(var_17, var_18, adj_17, adj_18, adj_19);
        wp::adj_sub(var_15, var_16, adj_15, adj_16, adj_17);
        wp::adj_mul(var_linear_damping, var_sim_dt, adj_linear_damping, adj_sim_dt, adj_16);
        // adj: v = v * wp.max(1.0 - linear_damping * sim_dt, 0.0)                                <L 83>
        wp::adj_add(var_14, var_12, adj_7, adj_12, adj_13);
        wp::adj_mul(var_11, var_sim_dt, adj_11, adj_sim_dt, adj_12);
        wp::adj_vec_t(var_8, var_9, var_10, adj_8, adj_9, adj_10, adj_11);
        adj_6.velocity += adj_7;
        wp::adj_address(var_bodies, var_0, adj_bodies, adj_0, adj_6);
        // adj: v = bodies[tid].velocity + wp.vec3(0.0, -9.81, 0.0) * sim_dt                      <L 82>
        if (var_4) {
            label0:;
            // adj: return                                                                        <L 81>
        }
        adj_1.inv_mass += adj_2;
        wp::adj_address(var_bodies, var_0, adj_bodies, adj_0, adj_1);
        // adj: if bodies[tid].inv_mass == 0.0:                                                   <L 80>
        // adj: tid = wp.tid()                                                                    <L 77>
        // adj: def step_rigid_bodies(bodies: wp.array[RigidBody], sim_dt: float, linear_damping: float):  <L 75>
        continue;
    }
}



extern "C" __global__ void integrate_struct_350dfdbe_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    SimParams_c5497711 var_sim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_vel,
    wp::array_t<wp::vec_t<3, wp::float32>> var_pos,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v_out,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x_out)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32* var_1;
        const wp::int32 var_2 = 0;
        bool var_3;
        wp::int32 var_4;
        wp::vec_t<3, wp::float32>* var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        const wp::float32 var_8 = 1.0;
        wp::float32* var_9;
        wp::float32* var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::vec_t<3, wp::float32>* var_16;
        wp::float32* var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::float32 var_19;
        wp::vec_t<3, wp::float32> var_20;
        wp::vec_t<3, wp::float32> var_21;
        //---------
        // forward
        // def integrate_struct(                                                                  <L 49>
        // tid = wp.tid()                                                                         <L 56>
        var_0 = builtin_tid1d();
        // if sim.paused != 0:                                                                    <L 57>
        var_1 = &((var_sim).paused);
        var_4 = wp::load(var_1);
        var_3 = (var_4 != var_2);
        if (var_3) {
            // return                                                                             <L 58>
            continue;
        }
        // v = vel[tid]                                                                           <L 59>
        var_5 = wp::address(var_vel, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // v = v * (1.0 - sim.damping * sim.dt)                                                   <L 60>
        var_9 = &((var_sim).damping);
        var_10 = &((var_sim).dt);
        var_12 = wp::load(var_9);
        var_13 = wp::load(var_10);
        var_11 = wp::mul(var_12, var_13);
        var_14 = wp::sub(var_8, var_11);
        var_15 = wp::mul(var_6, var_14);
        // v_out[tid] = v                                                                         <L 61>
        wp::array_store(var_v_out, var_0, var_15);
        // x_out[tid] = pos[tid] + v * sim.dt                                                     <L 62>
        var_16 = wp::address(var_pos, var_0);
        var_17 = &((var_sim).dt);
        var_19 = wp::load(var_17);
        var_18 = wp::mul(var_15, var_19);
        var_21 = wp::load(var_16);
        var_20 = wp::add(var_21, var_18);
        wp::array_store(var_x_out, var_0, var_20);
    }
}



extern "C" __global__ void integrate_struct_350dfdbe_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    SimParams_c5497711 var_sim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_vel,
    wp::array_t<wp::vec_t<3, wp::float32>> var_pos,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v_out,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x_out,
    SimParams_c5497711 adj_sim,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_vel,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_pos,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v_out,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x_out)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32* var_1;
        const wp::int32 var_2 = 0;
        bool var_3;
        wp::int32 var_4;
        wp::vec_t<3, wp::float32>* var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        const wp::float32 var_8 = 1.0;
        wp::float32* var_9;
        wp::float32* var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::vec_t<3, wp::float32>* var_16;
        wp::float32* var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::float32 var_19;
        wp::vec_t<3, wp::float32> var_20;
        wp::vec_t<3, wp::float32> var_21;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        bool adj_3 = {};
        wp::int32 adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::vec_t<3, wp::float32> adj_15 = {};
        wp::vec_t<3, wp::float32> adj_16 = {};
        wp::float32 adj_17 = {};
        wp::vec_t<3, wp::float32> adj_18 = {};
        wp::float32 adj_19 = {};
        wp::vec_t<3, wp::float32> adj_20 = {};
        wp::vec_t<3, wp::float32> adj_21 = {};
        //---------
        // forward
        // def integrate_struct(                                                                  <L 49>
        // tid = wp.tid()                                                                         <L 56>
        var_0 = builtin_tid1d();
        // if sim.paused != 0:                                                                    <L 57>
        var_1 = &((var_sim).paused);
        var_4 = wp::load(var_1);
        var_3 = (var_4 != var_2);
        if (var_3) {
            // return                                                                             <L 58>
            goto label0;
        }
        // v = vel[tid]                                                                           <L 59>
        var_5 = wp::address(var_vel, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // v = v * (1.0 - sim.damping * sim.dt)                                                   <L 60>
        var_9 = &((var_sim).damping);
        var_10 = &((var_sim).dt);
        var_12 = wp::load(var_9);
        var_13 = wp::load(var_10);
        var_11 = wp::mul(var_12, var_13);
        var_14 = wp::sub(var_8, var_11);
        var_15 = wp::mul(var_6, var_14);
        // v_out[tid] = v                                                                         <L 61>
        // wp::array_store(var_v_out, var_0, var_15);
        // x_out[tid] = pos[tid] + v * sim.dt                                                     <L 62>
        var_16 = wp::address(var_pos, var_0);
        var_17 = &((var_sim).dt);
        var_19 = wp::load(var_17);
        var_18 = wp::mul(var_15, var_19);
        var_21 = wp::load(var_16);
        var_20 = wp::add(var_21, var_18);
        // wp::array_store(var_x_out, var_0, var_20);
        //---------
        // reverse
        wp::adj_array_store(var_x_out, var_0, var_20, adj_x_out, adj_0, adj_20);
        wp::adj_add(var_21, var_18, adj_16, adj_18, adj_20);
        wp::adj_mul(var_15, var_19, adj_15, adj_17, adj_18);
        adj_sim.dt += adj_17;
        wp::adj_address(var_pos, var_0, adj_pos, adj_0, adj_16);
        // adj: x_out[tid] = pos[tid] + v * sim.dt                                                <L 62>
        wp::adj_array_store(var_v_out, var_0, var_15, adj_v_out, adj_0, adj_15);
        // adj: v_out[tid] = v                                                                    <L 61>
        wp::adj_mul(var_6, var_14, adj_6, adj_14, adj_15);
        wp::adj_sub(var_8, var_11, adj_8, adj_11, adj_14);
        wp::adj_mul(var_12, var_13, adj_9, adj_10, adj_11);
        adj_sim.dt += adj_10;
        adj_sim.damping += adj_9;
        // adj: v = v * (1.0 - sim.damping * sim.dt)                                              <L 60>
        wp::adj_copy(var_7, adj_5, adj_6);
        wp::adj_address(var_vel, var_0, adj_vel, adj_0, adj_5);
        // adj: v = vel[tid]                                                                      <L 59>
        if (var_3) {
            label0:;
            // adj: return                                                                        <L 58>
        }
        adj_sim.paused = adj_1;
        // adj: if sim.paused != 0:                                                               <L 57>
        // adj: tid = wp.tid()                                                                    <L 56>
        // adj: def integrate_struct(                                                             <L 49>
        continue;
    }
}



extern "C" __global__ void eval_contacts_with_material_f6814989_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    ContactMaterial_5c9ad6e2 var_material,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v,
    wp::array_t<wp::float32> var_particle_radius,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_f)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::float32* var_1;
        wp::float32 var_2;
        wp::float32 var_3;
        const wp::float32 var_4 = 0.0;
        const wp::float32 var_5 = 1.0;
        const wp::float32 var_6 = 0.0;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32>* var_8;
        const wp::int32 var_9 = 1;
        wp::float32 var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::float32* var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        const wp::float32 var_16 = 0.0;
        wp::vec_t<3, wp::float32> var_17;
        const wp::float32 var_18 = 0.0;
        bool var_19;
        wp::vec_t<3, wp::float32>* var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::vec_t<3, wp::float32> var_23;
        //---------
        // forward
        // def eval_contacts_with_material(                                                       <L 24>
        // tid = wp.tid()                                                                         <L 31>
        var_0 = builtin_tid1d();
        // r = particle_radius[tid]                                                               <L 32>
        var_1 = wp::address(var_particle_radius, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // up = wp.vec3(0.0, 1.0, 0.0)                                                            <L 33>
        var_7 = wp::vec_t<3, wp::float32>(var_4, var_5, var_6);
        // depth = r - (x[tid][1] - material.ground_height)                                       <L 34>
        var_8 = wp::address(var_x, var_0);
        var_11 = wp::load(var_8);
        var_10 = wp::extract(var_11, var_9);
        var_12 = &((var_material).ground_height);
        var_14 = wp::load(var_12);
        var_13 = wp::sub(var_10, var_14);
        var_15 = wp::sub(var_2, var_13);
        // f = wp.vec3(0.0)                                                                       <L 35>
        var_17 = wp::vec_t<3, wp::float32>(var_16);
        // if depth > 0.0:                                                                        <L 36>
        var_19 = (var_15 > var_18);
        if (var_19) {
            // f = ground_force(material, up, particle_v[tid], depth)                             <L 37>
            var_20 = wp::address(var_particle_v, var_0);
            var_22 = wp::load(var_20);
            var_21 = ground_force_0(var_material, var_7, var_22, var_15);
        }
        var_23 = wp::where(var_19, var_21, var_17);
        // particle_f[tid] = f                                                                    <L 38>
        wp::array_store(var_particle_f, var_0, var_23);
    }
}



extern "C" __global__ void eval_contacts_with_material_f6814989_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    ContactMaterial_5c9ad6e2 var_material,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v,
    wp::array_t<wp::float32> var_particle_radius,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_f,
    ContactMaterial_5c9ad6e2 adj_material,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_v,
    wp::array_t<wp::float32> adj_particle_radius,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_f)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::float32* var_1;
        wp::float32 var_2;
        wp::float32 var_3;
        const wp::float32 var_4 = 0.0;
        const wp::float32 var_5 = 1.0;
        const wp::float32 var_6 = 0.0;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32>* var_8;
        const wp::int32 var_9 = 1;
        wp::float32 var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::float32* var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        const wp::float32 var_16 = 0.0;
        wp::vec_t<3, wp::float32> var_17;
        const wp::float32 var_18 = 0.0;
        bool var_19;
        wp::vec_t<3, wp::float32>* var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::vec_t<3, wp::float32> var_23;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::int32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::vec_t<3, wp::float32> adj_17 = {};
        wp::float32 adj_18 = {};
        bool adj_19 = {};
        wp::vec_t<3, wp::float32> adj_20 = {};
        wp::vec_t<3, wp::float32> adj_21 = {};
        wp::vec_t<3, wp::float32> adj_22 = {};
        wp::vec_t<3, wp::float32> adj_23 = {};
        //---------
        // forward
        // def eval_contacts_with_material(                                                       <L 24>
        // tid = wp.tid()                                                                         <L 31>
        var_0 = builtin_tid1d();
        // r = particle_radius[tid]                                                               <L 32>
        var_1 = wp::address(var_particle_radius, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // up = wp.vec3(0.0, 1.0, 0.0)                                                            <L 33>
        var_7 = wp::vec_t<3, wp::float32>(var_4, var_5, var_6);
        // depth = r - (x[tid][1] - material.ground_height)                                       <L 34>
        var_8 = wp::address(var_x, var_0);
        var_11 = wp::load(var_8);
        var_10 = wp::extract(var_11, var_9);
        var_12 = &((var_material).ground_height);
        var_14 = wp::load(var_12);
        var_13 = wp::sub(var_10, var_14);
        var_15 = wp::sub(var_2, var_13);
        // f = wp.vec3(0.0)                                                                       <L 35>
        var_17 = wp::vec_t<3, wp::float32>(var_16);
        // if depth > 0.0:                                                                        <L 36>
        var_19 = (var_15 > var_18);
        if (var_19) {
            // f = ground_force(material, up, particle_v[tid], depth)                             <L 37>
            var_20 = wp::address(var_particle_v, var_0);
            var_22 = wp::load(var_20);
            var_21 = ground_force_0(var_material, var_7, var_22, var_15);
        }
        var_23 = wp::where(var_19, var_21, var_17);
        // particle_f[tid] = f                                                                    <L 38>
        // wp::array_store(var_particle_f, var_0, var_23);
        //---------
        // reverse
        wp::adj_array_store(var_particle_f, var_0, var_23, adj_particle_f, adj_0, adj_23);
        // adj: particle_f[tid] = f                                                               <L 38>
        wp::adj_where(var_19, var_21, var_17, adj_19, adj_21, adj_17, adj_23);
        if (var_19) {
            adj_ground_force_0(var_material, var_7, var_22, var_15, adj_material, adj_7, adj_20, adj_15, adj_21);
            wp::adj_address(var_particle_v, var_0, adj_particle_v, adj_0, adj_20);
            // adj: f = ground_force(material, up, particle_v[tid], depth)                        <L 37>
        }
        // adj: if depth > 0.0:                                                                   <L 36>
        wp::adj_vec_t(var_16, adj_16, adj_17);
        // adj: f = wp.vec3(0.0)                                                                  <L 35>
        wp::adj_sub(var_2, var_13, adj_2, adj_13, adj_15);
        wp::adj_sub(var_10, var_14, adj_10, adj_12, adj_13);
        adj_material.ground_height += adj_12;
        wp::adj_extract(var_11, var_9, adj_8, adj_9, adj_10);
        wp::adj_address(var_x, var_0, adj_x, adj_0, adj_8);
        // adj: depth = r - (x[tid][1] - material.ground_height)                                  <L 34>
        wp::adj_vec_t(var_4, var_5, var_6, adj_4, adj_5, adj_6, adj_7);
        // adj: up = wp.vec3(0.0, 1.0, 0.0)                                                       <L 33>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_particle_radius, var_0, adj_particle_radius, adj_0, adj_1);
        // adj: r = particle_radius[tid]                                                          <L 32>
        // adj: tid = wp.tid()                                                                    <L 31>
        // adj: def eval_contacts_with_material(                                                  <L 24>
        continue;
    }
}

